import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeArabic, normalizeWithMap } from '../../../src/shared/arabic'
import { normalizeCluster } from '../../../src/shared/arabic/normalize-table'

describe('normalizeArabic: each rule', () => {
  it('folds alef forms to bare alef', () => {
    expect(normalizeArabic('أحمد إسلام آمال ٱلله')).toBe('احمد اسلام امال الله')
  })
  it('folds alef maqsura to yeh and teh marbuta to heh', () => {
    expect(normalizeArabic('على مدرسة')).toBe('علي مدرسه')
  })
  it('strips hamza from its carrier: ؤ → و, ئ → ي; a lone ء stays', () => {
    expect(normalizeArabic('مؤتمر رئيس جزء')).toBe('موتمر رييس جزء')
  })
  it('removes tashkeel, dagger alef and Quranic marks', () => {
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد')
    expect(normalizeArabic('هٰذا')).toBe('هذا')
    expect(normalizeArabic('الرَّحِيمِ\u06D6 ذَٰلِكَ\u06DA')).toBe('الرحيم ذلك')
    for (let c = 0x064b; c <= 0x065f; c++) expect(normalizeArabic('ب' + String.fromCharCode(c))).toBe('ب')
    for (let c = 0x06d6; c <= 0x06ed; c++) expect(normalizeArabic('ب' + String.fromCharCode(c))).toBe('ب')
  })
  it('removes tatweel', () => {
    expect(normalizeArabic('كـــبير')).toBe('كبير')
  })
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٣٫٥')).toBe('0123456789 0123456789 3.5')
  })
  it('drops bidi controls, ZWJ and ZWNJ', () => {
    expect(normalizeArabic('\u200Fكتاب\u200E \u202Bب\u202C \u2067ج\u2069 م\u200Dن\u200Cس \u061Cد')).toBe('كتاب ب ج منس د')
  })
  it('applies NFKC: presentation forms, ligatures, full-width letters, no-break space', () => {
    expect(normalizeArabic('\uFE8D\uFEDF\uFEE4\uFE98')).toBe('المت') // isolated/initial/medial forms
    expect(normalizeArabic('\uFEFB\uFE83')).toBe('لاا') // lam-alef ligature, alef with hamza form
    expect(normalizeArabic('\uFDF2')).toBe('الله')
    expect(normalizeArabic('ＡＢＣ\u00A0x')).toBe('abc x')
  })
  it('lowercases Latin', () => {
    expect(normalizeArabic('Hello ÉCOLE İstanbul')).toBe('hello école i̇stanbul')
  })
  it('gives composed and decomposed input the same result', () => {
    expect(normalizeArabic('\u0627\u0654\u0648\u0654\u064A\u0654')).toBe(normalizeArabic('أؤئ'))
    expect(normalizeArabic('cafe\u0301')).toBe(normalizeArabic('café'))
    expect(normalizeArabic('E\u0301')).toBe('é')
  })
  it('returns the very same string when nothing changes', () => {
    const s = 'كتاب جديد 2015'
    expect(normalizeArabic(s)).toBe(s)
  })
  it('keeps astral characters; a lone surrogate becomes U+FFFD', () => {
    expect(normalizeArabic('ب😀ت')).toBe('ب😀ت')
    expect(normalizeArabic('𝐀')).toBe('a')
    expect(normalizeArabic('a\uD800b')).toBe('a\uFFFDb')
    expect(normalizeWithMap('a\uDC00b').text).toBe('a\uFFFDb')
  })
})

const PIECES = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  ...'أإآٱىةؤئء',
  '\u064E',
  '\u064F',
  '\u0650',
  '\u0651',
  '\u0652',
  '\u064B',
  '\u0670',
  '\u06D6',
  '\u0640',
  '\u200F',
  '\u200D',
  '\u200C',
  ...'٠١٢٣٤٥٦٧٨٩۴',
  ' ',
  '  ',
  '\n',
  '،',
  '.',
  '؟',
  ...'AbZé',
  'e\u0301',
  '\uFEFB',
  '\uFDF2',
  '\u00A0',
  '😀'
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''))

describe('normalizeArabic: properties', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(text, (s) => normalizeArabic(normalizeArabic(s)) === normalizeArabic(s)))
  })
  it('agrees with normalizeWithMap', () => {
    fc.assert(fc.property(text, (s) => normalizeWithMap(s).text === normalizeArabic(s)))
  })
  it('agrees with the reference rule (NFKC, Arabic folding, lowercase) for every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const s = String.fromCharCode(c)
      if (normalizeArabic(s) !== normalizeCluster(s)) throw new Error(`U+${c.toString(16)}`)
    }
  })
  it('is idempotent for every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const once = normalizeArabic(String.fromCharCode(c))
      if (normalizeArabic(once) !== once) throw new Error(`U+${c.toString(16)} → ${once}`)
    }
  })
})

describe('normalization reusing its buffers', () => {
  it('gives the same result whatever was normalized before', () => {
    const texts = ['أَحْمَدُ', 'إِنَّ '.repeat(5000), 'ﻻ', 'ـــ', '', 'الإسلامية ﷺ ١٢٣', 'ABC', 'مُسْتَشْفَى'.repeat(300)]
    const fresh = texts.map((t) => [normalizeArabic(t), normalizeWithMap(t)] as const)
    for (let round = 0; round < 3; round++) {
      for (const i of [7, 2, 1, 0, 5, 3, 6, 4]) {
        expect(normalizeArabic(texts[i]!)).toBe(fresh[i]![0])
        const m = normalizeWithMap(texts[i]!)
        expect(m.text).toBe(fresh[i]![1].text)
        expect(Array.from(m.map)).toEqual(Array.from(fresh[i]![1].map))
      }
    }
  })
})
