import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyFixes, checkTypography, fixAllTypography } from '../../../src/shared/arabic'

const UNITS = [
  ...'ابتجدهوكلمنيةى', 'هـ', 'بـ', '\u0640', '\u064E',
  ...'ab', ...'03', ...'٠٣', '۴',
  ' ', '  ', '\u00A0', '\t', '\n',
  ...',;?!.:،؛؟', '..', '...', '…', '"', '«', '»', '(', ')',
  '\u200F', '\u202B', '\u2069',
  'www.x.com'
]
const messy = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((a) => a.join(''))

describe('fixAllTypography', () => {
  for (const quoteStyle of ['guillemets', 'curly'] as const) {
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
  }

  it('leaves a clean text untouched', () => {
    const clean = 'قال الوزير: «سيعقد المؤتمر في الرياض»، ثم غادر. هل انتهى الأمر؟! ربما.. بـ15 دولة عام 1436هـ.'
    expect(checkTypography(clean)).toEqual([])
    expect(fixAllTypography(clean)).toBe(clean)
  })
})
