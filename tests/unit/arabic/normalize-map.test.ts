import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeArabic, normalizeWithMap, toOriginalRange } from '../../../src/shared/arabic'

const LETTERS = [...'ابتثجحدرسصطعفقكلمنهويأإآىةؤئ ']
const REMOVED = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064C', '\u0670', '\u06E1', '\u0640', '\u200F', '\u200C']
/** Arabic text with tashkeel, tatweel and invisible marks sprinkled in. */
const arabicWithMarks = fc
  .array(fc.tuple(fc.constantFrom(...LETTERS), fc.array(fc.constantFrom(...REMOVED), { maxLength: 3 })), { maxLength: 60 })
  .map((parts) => parts.map(([l, marks]) => l + marks.join('')).join(''))

describe('normalizeWithMap', () => {
  it('maps each kept character to its original offset', () => {
    const n = normalizeWithMap('مُحَمَّـــد')
    expect(n.text).toBe('محمد')
    expect([...n.map]).toEqual([0, 2, 4, 10, 11])
  })

  it('has map.length = text.length + 1, ends at the original length, never decreases', () => {
    fc.assert(
      fc.property(arabicWithMarks, (s) => {
        const n = normalizeWithMap(s)
        if (n.map.length !== n.text.length + 1 || n.map[n.text.length] !== s.length) return false
        for (let i = 1; i < n.map.length; i++) if (n.map[i]! <= n.map[i - 1]!) return false
        return true
      })
    )
  })

  it('slicing the original at mapped ranges gives text that normalizes to the normalized slice', () => {
    fc.assert(
      fc.property(arabicWithMarks, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeWithMap(s)
        const len = n.text.length
        const start = len === 0 ? 0 : a % (len + 1)
        const end = start + (len === 0 ? 0 : b % (len - start + 1))
        const [os, oe] = toOriginalRange(n, start, end)
        return os <= oe && normalizeArabic(s.slice(os, oe)) === n.text.slice(start, end)
      })
    )
  })

  it('covers the trailing marks of the last character', () => {
    const s = 'كتَبَ الدَّرْسَ'
    const n = normalizeWithMap(s)
    expect(n.text).toBe('كتب الدرس')
    expect(toOriginalRange(n, 0, 3)).toEqual([0, 5])
    expect(s.slice(...toOriginalRange(n, 4, 9))).toBe('الدَّرْسَ')
  })

  it('maps every character of an expansion to the whole ligature', () => {
    const s = 'أ\uFEFBب'
    const n = normalizeWithMap(s)
    expect(n.text).toBe('الاب')
    expect([...n.map]).toEqual([0, 1, 1, 2, 3])
    expect(toOriginalRange(n, 1, 2)).toEqual([1, 2])
    expect(toOriginalRange(n, 2, 3)).toEqual([1, 2])
  })

  it('re-normalizes a base with a following combining mark as one cluster', () => {
    const n = normalizeWithMap('xE\u0301y')
    expect(n.text).toBe('xéy')
    expect([...n.map]).toEqual([0, 1, 3, 4])
  })

  it('gives the identity map for text that needs no change', () => {
    const n = normalizeWithMap('كتاب')
    expect(n.text).toBe('كتاب')
    expect([...n.map]).toEqual([0, 1, 2, 3, 4])
  })

  it('clamps and handles empty ranges', () => {
    const n = normalizeWithMap('بَيت')
    expect(toOriginalRange(n, 2, 2)).toEqual([3, 3])
    expect(toOriginalRange(n, -5, 99)).toEqual([0, 4])
  })
})
