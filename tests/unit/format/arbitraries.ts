// Generators for the property tests: articles written the way columnists write, Arabic first,
// with the characters that trip plain-text formats (tatweel, U+00A0, direction marks, brackets,
// quote marks, astral characters whose column counts differ from their UTF-16 length).
import fc from 'fast-check'
import { normalizeTaggedArticle, type TaggedArticle } from '../../../src/shared/format'

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))

const ARABIC_LETTERS = range(0x0621, 0x063a).concat(range(0x0641, 0x064a))
const ARABIC_MARKS = range(0x064b, 0x0652)
const ARABIC_DIGITS = range(0x0660, 0x0669)
const LATIN = range(0x61, 0x7a).concat(range(0x41, 0x5a))
const DIGITS = range(0x30, 0x39)
const PUNCTUATION = ['.', '،', '؛', '؟', '!', ':', '-', '/', '(', ')', '"', "'", '«', '»', '”', '“', '…', '%', '[', ']', '*', '#', '=', '_']
const TATWEEL = 'ـ'
const NBSP = '\u00A0'
const BIDI = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']
const ASTRAL = ['😀', '𝕏', '🇸🇦']

const letter = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ARABIC_LETTERS) },
  { weight: 2, arbitrary: fc.constantFrom(...ARABIC_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 2, arbitrary: fc.constantFrom(...DIGITS, ...ARABIC_DIGITS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  // Tatweel inside a word stretches it; it is text, never a separator.
  { weight: 2, arbitrary: fc.constant(TATWEEL) },
  { weight: 1, arbitrary: fc.constantFrom(...BIDI) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) }
)

const word = fc.string({ unit: letter, minLength: 1, maxLength: 9 })
const gap = fc.oneof({ weight: 10, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constant(NBSP) }, { weight: 1, arbitrary: fc.constant('  ') })

function words(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(word, { minLength: min, maxLength: max }), fc.array(gap, { minLength: max, maxLength: max }))
    .map(([ws, gaps]) => ws.map((w, i) => (i === 0 ? w : `${gaps[i] ?? ' '}${w}`)).join(''))
}

/** Lines that look like the format's own structure but are body text. */
const lookalike = fc.constantFrom(
  TATWEEL.repeat(25),
  TATWEEL,
  '” ”',
  '””',
  '[author image="https://x.test/a.jpg"]ليس ترويسة[/author]',
  '[/author]',
  '«نص بين قوسين»'
)

export const text = fc.oneof({ weight: 12, arbitrary: words(1, 40) }, { weight: 1, arbitrary: lookalike })

const host = fc.stringMatching(/^[a-z0-9]{1,12}(\.[a-z0-9]{1,8}){0,2}\.[a-z]{2,4}$/)
const pathSegment = fc.oneof(fc.stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/), fc.constantFrom('صورة', 'كاتب_1'))
export const pictureUrl = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTPS'),
    host,
    fc.array(pathSegment, { maxLength: 4 }),
    fc.option(fc.stringMatching(/^[a-z0-9=&]{1,10}$/), { nil: undefined })
  )
  .map(([scheme, h, segs, query]) => `${scheme}://${h}/${segs.join('/')}${query ? `?${query}` : ''}`)

const authorName = words(1, 4).filter((n) => !n.includes('[') && !n.includes(']'))

/** Articles as the editor might hand them over: untrimmed, with blank and broken paragraphs. */
export const rawArticle: fc.Arbitrary<TaggedArticle> = fc.record({
  authorName: fc.tuple(fc.constantFrom('', ' ', NBSP), authorName, fc.constantFrom('', ' ', '\t')).map(([a, b, c]) => a + b + c),
  authorPictureUrl: fc.option(
    fc.oneof(
      pictureUrl,
      fc.constant(''),
      pictureUrl.map((u) => ` ${u} `)
    ),
    { nil: null }
  ),
  pullQuote: fc.option(
    fc.oneof(
      text,
      fc.constant(''),
      fc.constant('   '),
      text.map((t) => `${t}\n${t}`)
    ),
    { nil: null }
  ),
  paragraphs: fc.array(
    fc.oneof(
      { weight: 10, arbitrary: text },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', NBSP, '\n') },
      { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', ' \n '), text).map((p) => p.join('')) },
      { weight: 1, arbitrary: text.map((t) => ` ${t}${NBSP}`) }
    ),
    { minLength: 1, maxLength: 12 }
  )
})

/** Normalized articles: what the parser returns and what round-trips exactly. */
export const article: fc.Arbitrary<TaggedArticle> = rawArticle.map(normalizeTaggedArticle).filter((a) => a.paragraphs.length > 0)
