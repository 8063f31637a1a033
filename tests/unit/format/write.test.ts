// The writer's decisions (docs/tagged-format.md, "Writing"): what it writes for missing parts,
// what it normalizes, and what it refuses.
import { describe, expect, it } from 'vitest'
import {
  describeDiagnostic,
  formatDiagnostic,
  isNormalizedArticle,
  MAX_FILE_BYTES,
  normalizeTaggedArticle,
  parseTagged,
  TaggedFormatError,
  writeTagged,
  type TaggedArticle
} from '../../../src/shared/format'
import { ARTICLE, header, lines, SEP } from './fixtures'
import { t } from '../../../src/shared/messages/catalog'

function roundTrip(a: TaggedArticle): TaggedArticle {
  const r = parseTagged(writeTagged(a))
  if (!r.ok) throw new Error(t(r.error.said, 'en'))
  expect(r.warnings).toEqual([])
  return r.article
}

function refusedToWrite(a: TaggedArticle, code: string): TaggedFormatError {
  try {
    writeTagged(a)
  } catch (err) {
    expect(err).toBeInstanceOf(TaggedFormatError)
    const e = err as TaggedFormatError
    expect(e.code).toBe(code)
    expect(e.message.startsWith('cannot write the article: ')).toBe(true)
    expect(t(e.said, 'ar').startsWith('تعذّرت كتابة المقال: ')).toBe(true)
    return e
  }
  throw new Error('wrote an article it should refuse')
}

describe('the canonical text', () => {
  it('is the publication’s shape, with no newline after the last paragraph', () => {
    expect(writeTagged(ARTICLE)).toBe(lines().join('\n'))
  })

  it('is deterministic and leaves the article untouched', () => {
    const a = { ...ARTICLE, paragraphs: [' أ ', 'ب'] }
    const copy = structuredClone(a)
    expect(writeTagged(a)).toBe(writeTagged(a))
    expect(a).toEqual(copy)
  })

  it('writes image="" for an author with no picture, read back as null', () => {
    const a = { ...ARTICLE, authorPictureUrl: null }
    expect(writeTagged(a).split('\n')[0]).toBe(header('كاظم الموسوي', ''))
    expect(roundTrip(a)).toEqual(a)
    expect(roundTrip({ ...ARTICLE, authorPictureUrl: ' ' }).authorPictureUrl).toBeNull()
  })

  it('writes ” ” for an article with no pull quote, read back as null', () => {
    const a = { ...ARTICLE, pullQuote: null }
    expect(writeTagged(a).split('\n')[1]).toBe('” ”')
    expect(roundTrip(a)).toEqual(a)
    expect(roundTrip({ ...ARTICLE, pullQuote: ' \n ' }).pullQuote).toBeNull()
  })

  it('keeps [ and ] in the pull quote and the body as they are', () => {
    const a = { ...ARTICLE, pullQuote: '[/author] ليس وسمًا', paragraphs: ['[author image=""]نص[/author]', 'قوس ] وقوس ['] }
    expect(writeTagged(a).split('\n').slice(3)).toEqual(a.paragraphs)
    expect(roundTrip(a)).toEqual(a)
  })
})

describe('normalizing', () => {
  it('joins a paragraph’s lines with one space', () => {
    const a = { ...ARTICLE, paragraphs: ['سطر\nسطر', 'سطر \r\n  سطر', 'أ\u2028ب\u2029ج', 'أ\n\n\nب'] }
    expect(roundTrip(a).paragraphs).toEqual(['سطر سطر', 'سطر سطر', 'أ ب ج', 'أ ب'])
  })

  it('trims every text and drops empty paragraphs', () => {
    const a: TaggedArticle = {
      authorName: ' كاظم\u00A0',
      authorPictureUrl: ' https://x.test/a.jpg ',
      pullQuote: '\tقول ',
      paragraphs: ['', ' أ ', '\u00A0', 'ب']
    }
    const n = normalizeTaggedArticle(a)
    expect(n).toEqual({ authorName: 'كاظم', authorPictureUrl: 'https://x.test/a.jpg', pullQuote: 'قول', paragraphs: ['أ', 'ب'] })
    expect(isNormalizedArticle(a)).toBe(false)
    expect(isNormalizedArticle(n)).toBe(true)
    expect(writeTagged(a)).toBe(writeTagged(n))
    expect(roundTrip(a)).toEqual(n)
  })

  it('keeps inner spacing, tatweel, U+00A0 and direction marks', () => {
    const p = 'المـــدينة\u00A0و\u200Fالقرية  معًا'
    expect(roundTrip({ ...ARTICLE, paragraphs: [p] }).paragraphs).toEqual([p])
  })
})

describe('refusing', () => {
  it('an empty author name', () => {
    refusedToWrite({ ...ARTICLE, authorName: ' ' }, 'author-name-empty')
  })

  it('brackets in the author name', () => {
    const e = refusedToWrite({ ...ARTICLE, authorName: 'كاظم [الموسوي]' }, 'author-name-bracket')
    expect(e.message).toBe('cannot write the article: the author name contains “[”; square brackets would break the header, so remove it from the name')
  })

  it('a picture address the parser would refuse', () => {
    refusedToWrite({ ...ARTICLE, authorPictureUrl: 'file:///a.jpg' }, 'picture-url')
    refusedToWrite({ ...ARTICLE, authorPictureUrl: 'https://x.test/a b.jpg' }, 'picture-url')
    refusedToWrite({ ...ARTICLE, authorPictureUrl: 'https://x.test/a".jpg' }, 'picture-url')
  })

  it('an article with no paragraphs, or only empty ones', () => {
    refusedToWrite({ ...ARTICLE, paragraphs: [] }, 'no-body')
    refusedToWrite({ ...ARTICLE, paragraphs: ['', ' \n '] }, 'no-body')
  })

  it('a NUL or a broken character, naming where it is', () => {
    expect(refusedToWrite({ ...ARTICLE, paragraphs: ['أ', 'ب\0'] }, 'nul').message).toBe(
      'cannot write the article: paragraph 2 contains a NUL character (code 0)'
    )
    expect(refusedToWrite({ ...ARTICLE, authorName: 'ك\0' }, 'nul').message).toContain('the author name contains')
    expect(refusedToWrite({ ...ARTICLE, pullQuote: 'قول \uDC00' }, 'not-utf8').message).toContain('the pull quote contains a broken character')
  })

  it('an article that would be over 10 MB', () => {
    const big = 'ا'.repeat(MAX_FILE_BYTES / 2)
    refusedToWrite({ ...ARTICLE, paragraphs: [big] }, 'too-large')
  })
})

describe('diagnostics for people', () => {
  const r = parseTagged([header(), SEP, 'نص'].join('\n'))
  const w = r.warnings[0]
  if (!w) throw new Error('expected a warning')

  it('formats as FILE:LINE:COL: message', () => {
    expect(formatDiagnostic('column.txt', w)).toBe('column.txt:2:1: there is no pull quote line, so the article has no pull quote; it will be written as ” ”')
  })

  it('describes the place in words, in English and Arabic', () => {
    expect(describeDiagnostic(w)).toBe('line 2, column 1: there is no pull quote line, so the article has no pull quote; it will be written as ” ”')
    expect(describeDiagnostic(w, 'ar')).toBe('السطر 2، الموضع 1: لا يوجد سطر للاقتباس البارز، فالمقال بلا اقتباس؛ وسيُكتب سطره هكذا: ” ”')
  })
})
