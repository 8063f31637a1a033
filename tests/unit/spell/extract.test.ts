import { describe, expect, it } from 'vitest'
import { additionWords, distinctSpellKeys, extractSpellWords, findPhraseErrors } from '../../../src/shared/spell/index'

describe('extractSpellWords', () => {
  it('takes Arabic words with their offsets, and leaves out Latin, numbers and words with digits', () => {
    const text = 'قرأتُ Hello في 2015 مقالاً بـ15 صفحة'
    const words = extractSpellWords(text)
    expect(words.map((w) => w.key)).toEqual(['قرأت', 'في', 'مقالا', 'صفحة'])
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text)
  })

  it('skips URLs and e-mail addresses, even with Arabic in them', () => {
    const words = extractSpellWords('زوروا https://example.com/بحث أو www.مثال.com أو كاتب@example.com اليوم')
    expect(words.map((w) => w.key)).toEqual(['زوروا', 'أو', 'أو', 'اليوم'])
  })

  it('strips a proclitic glued to an opening quote, and splits at hyphens', () => {
    const text = 'قال و"أخشى أن الشرق-الأوسط'
    const words = extractSpellWords(text)
    expect(words.map((w) => w.key)).toEqual(['قال', 'أخشى', 'أن', 'الشرق', 'الأوسط'])
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text)
  })

  it('keeps tashkeel in the text and drops it from the key; single letters are not checked', () => {
    const [w] = extractSpellWords('كَتَبَ و د. علي')
    expect(w).toMatchObject({ text: 'كَتَبَ', key: 'كتب', start: 0, end: 6 })
    expect(distinctSpellKeys('كَتَبَ و د. علي كتب')).toEqual(['كتب', 'علي'])
  })
})

describe('findPhraseErrors', () => {
  it('flags إنشاء الله and its variants, not إن شاء الله', () => {
    const text = 'سنلتقي غداً إنشاء الله، ونعود انشاءالله. إن شاء الله خيراً. إنشاء المدرسة'
    const found = findPhraseErrors(text)
    expect(found.map((f) => f.text)).toEqual(['إنشاء الله', 'انشاءالله'])
    expect(found.every((f) => f.suggestion === 'إن شاء الله')).toBe(true)
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('إنشاء الله')
  })

  it('sees through tashkeel and tatweel', () => {
    expect(findPhraseErrors('إنْشَاءَ اللـه')).toHaveLength(1)
    expect(findPhraseErrors('ماشاء الله')[0]?.suggestion).toBe('ما شاء الله')
  })
})

describe("Amud's additions", () => {
  it('expands the base/suffix notation and holds no duplicates or marks', () => {
    const words = additionWords()
    expect(words).toContain('حوثيين')
    expect(words).toContain('مبتعثات')
    expect(new Set(words).size).toBe(words.length)
    for (const w of words) expect(w).toMatch(/^[\u0621-\u064A]{2,}$/)
  })
})
