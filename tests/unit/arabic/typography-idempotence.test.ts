// "Fix all" is idempotent: after it, a fresh check reports nothing that "fix all" could fix
// (issue 12: "?" became " ؟" and left a new "no space before ؟" issue). Held on generated messy
// text, which needs nothing beside the repository, and on the real corpus's paragraphs when
// ../shared/corpus is there.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyFixes, checkTypography, fixAllTypography, type TypographyOptions } from '../../../src/shared/arabic'
import { corpusPath, loadCorpus, CORPUS_ABSENT } from '../../support/corpus'

const UNITS = [
  ...'ابتجدهوكلمنيةى',
  'هـ',
  'بـ',
  '\u0640',
  '\u064E',
  ...'ab',
  ...'03',
  ...'٠٣',
  '۴',
  ' ',
  '  ',
  '\u00A0',
  '\t',
  '\n',
  ...',;?!.:،؛؟',
  '..',
  '...',
  '…',
  '"',
  '«',
  '»',
  '(',
  ')',
  '\u200F',
  '\u202B',
  '\u2069',
  'www.x.com'
]
const messy = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((a) => a.join(''))
const STYLES = ['guillemets', 'curly'] as const

/** What a fresh check still offers to fix after "fix all": must be nothing. */
function leftToFix(text: string, options: TypographyOptions): { rule: string; at: string }[] {
  const once = fixAllTypography(text, options)
  return checkTypography(once, options)
    .filter((i) => i.fix !== null)
    .map((i) => ({ rule: i.rule, at: once.slice(Math.max(0, i.start - 8), i.end + 8) }))
}

describe('fixAllTypography', () => {
  for (const quoteStyle of STYLES) {
    it(`changes nothing the second time (${quoteStyle})`, () => {
      fc.assert(
        fc.property(messy, (text) => {
          const once = fixAllTypography(text, { quoteStyle })
          expect(fixAllTypography(once, { quoteStyle })).toBe(once)
          // A fixpoint: the fixes still proposed, if any, would change nothing.
          expect(applyFixes(once, checkTypography(once, { quoteStyle }))).toBe(once)
        }),
        { numRuns: 1000 }
      )
    })

    it(`leaves no issue that it could fix (${quoteStyle})`, () => {
      fc.assert(
        fc.property(messy, (text) => {
          expect(leftToFix(text, { quoteStyle })).toEqual([])
        }),
        { numRuns: 1000 }
      )
    })
  }

  it('follows a fix that reveals another: a Latin question mark after a space', () => {
    expect(fixAllTypography('هل ذهبت إلى السوق ?')).toBe('هل ذهبت إلى السوق؟')
    expect(fixAllTypography('قال ,ثم  مضى ; وانتهى ?!')).toBe('قال، ثم مضى؛ وانتهى؟!')
    expect(leftToFix('هل ذهبت إلى السوق ?', {})).toEqual([])
  })

  it('leaves a clean text untouched', () => {
    const clean = 'قال الوزير: «سيعقد المؤتمر في الرياض»، ثم غادر. هل انتهى الأمر؟! ربما.. بـ15 دولة عام 1436هـ.'
    expect(checkTypography(clean)).toEqual([])
    expect(fixAllTypography(clean)).toBe(clean)
  })
})

const corpusPresent = corpusPath() !== null
if (!corpusPresent) console.warn(CORPUS_ABSENT)

describe.skipIf(!corpusPresent)('fixAllTypography on the corpus', () => {
  it('leaves no issue that it could fix in any paragraph of 1,000 real articles', async () => {
    const articles = await loadCorpus(1000)
    const paragraphs = articles.flatMap((a) => a.body.split('\n')).filter((p) => p.trim() !== '')
    expect(paragraphs.length).toBeGreaterThan(1000)
    for (const quoteStyle of STYLES) {
      const failures = paragraphs
        .map((p) => ({ p, left: leftToFix(p, { quoteStyle }) }))
        .filter((f) => f.left.length > 0)
        .slice(0, 3)
      expect(failures).toEqual([])
    }
  })
})
