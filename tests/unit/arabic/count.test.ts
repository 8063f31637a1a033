import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WORDS_PER_MINUTE, countCharacters, countWords, readingTimeMinutes, tokenizeWords } from '../../../src/shared/arabic'
import { describeEachColumn } from '../../support/each-column'

// Each passage counted by hand; the words are listed so the count can be checked by eye.
const PASSAGES: [string, string[]][] = [
  ['وقال الكاتب إن الحكومة ستعلن قرارها غدا.', ['وقال', 'الكاتب', 'إن', 'الحكومة', 'ستعلن', 'قرارها', 'غدا']],
  ['ذهب محمد و علي إلى السوق ، واشتريا 3 كتب بـ15 ريالا !', ['ذهب', 'محمد', 'و', 'علي', 'إلى', 'السوق', 'واشتريا', '3', 'كتب', 'بـ15', 'ريالا']],
  ['بلغت النسبة 3.5% في 22/9/2014 - أي قبل عام.', ['بلغت', 'النسبة', '3.5', 'في', '22/9/2014', 'أي', 'قبل', 'عام']],
  ['«فسيكتبونها» قالت… ثم صمتت؟!', ['فسيكتبونها', 'قالت', 'ثم', 'صمتت']],
  ['الـــكتاب مُهِمٌّ جداً ـــــ نعم', ['الـــكتاب', 'مُهِمٌّ', 'جداً', 'نعم']],
  ['في عام ٢٠١٥ بلغ ٣٫٥ مليون', ['في', 'عام', '٢٠١٥', 'بلغ', '٣٫٥', 'مليون']],
  ['و"أخشى وقوع ضربة" منذ 22/9/ 2014 .. نعم', ['و"أخشى', 'وقوع', 'ضربة', 'منذ', '22/9', '2014', 'نعم']],
  ['He said: e-mail me, don’t wait (10:30).', ['He', 'said', 'e-mail', 'me', 'don’t', 'wait', '10:30']]
]

describe('countWords / tokenizeWords', () => {
  for (const [text, words] of PASSAGES) {
    it(`counts ${words.length} in «${text}»`, () => {
      expect(tokenizeWords(text).map((w) => w.text)).toEqual(words)
      expect(countWords(text)).toBe(words.length)
    })
  }

  it('gives offsets into the text', () => {
    const text = ' وقال: «نعم» '
    for (const w of tokenizeWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text)
    expect(tokenizeWords(text)[1]).toEqual({ text: 'نعم', start: 8, end: 11 })
  })

  it('counts nothing in punctuation, symbols and a tatweel line', () => {
    expect(countWords('،. ؟! … % ـــــــ -- «»')).toBe(0)
    expect(countWords('')).toBe(0)
  })
})

describeEachColumn('countWords', (column) => {
  it('counts a whole column line by line, the stand-alone ".." as no word', () => {
    const lines = readFileSync(column.path, 'utf8').split('\n')
    expect(countWords(lines[1]!)).toBe(column.quote.words)
    expect(countWords(lines[2]!)).toBe(0)
    expect(lines.slice(3).map(countWords)).toEqual(column.countedWords)
  })
})

describe('countCharacters', () => {
  it('counts a letter with its tashkeel once, with and without spaces', () => {
    expect(countCharacters('مُهِمٌّ جداً')).toBe(7)
    expect(countCharacters('مُهِمٌّ جداً', { spaces: false })).toBe(6)
  })

  it('does not count tatweel, bidi controls, ZWNJ or line breaks', () => {
    expect(countCharacters('كـــتاب\u200F\n\u200Cب')).toBe(5)
    expect(countCharacters('أ ب\tج', { spaces: true })).toBe(5)
    expect(countCharacters('أ ب\tج', { spaces: false })).toBe(3)
  })

  it('counts an astral character once', () => {
    expect(countCharacters('😀ب')).toBe(2)
  })

  it('equals counting each character that is not a mark, a format control, tatweel or a break', () => {
    // The definition, one code point at a time; the implementation removes and measures instead.
    const reference = (text: string, spaces: boolean): number =>
      [...text].filter((c) => !/[\p{M}\p{Cf}\u0640\n\r\u2028\u2029]/u.test(c) && (spaces || !/\s/u.test(c))).length
    const pieces = [
      'ب',
      'أ',
      'ـ',
      '\u064B',
      '\u0651',
      '\u200C',
      '\u200F',
      '\u202B',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\u2028',
      'a',
      '1',
      '٣',
      '😀',
      '\uD800',
      '\uDC00',
      '\u0301',
      '\u{1D167}',
      '\u{E0001}',
      '\u00A0'
    ]
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(text, fc.boolean(), (t, spaces) => {
        expect(countCharacters(t, { spaces })).toBe(reference(t, spaces))
      }),
      { numRuns: 2000 }
    )
  })
})

describe('reading time', () => {
  it('uses 180 words per minute, rounded up to whole minutes', () => {
    expect(WORDS_PER_MINUTE).toBe(180)
    expect(readingTimeMinutes(0)).toBe(0)
    expect(readingTimeMinutes(1)).toBe(1)
    expect(readingTimeMinutes(180)).toBe(1)
    expect(readingTimeMinutes(181)).toBe(2)
    expect(readingTimeMinutes(802)).toBe(5)
  })
})
