import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, tokenizeWords } from '../../../src/shared/arabic'
import { countWordsFast } from '../../../src/shared/arabic/count-fast'

// Every character the word rules treat specially, plus plain letters of each script.
const ALPHABET = [
  ...'وفبلكاأسمعنهى',
  ...'abcXY',
  ...'0123٠١٢٣',
  ...' \n\t\u00a0',
  ...'"\'«»“”’‐-()[].,٫٬/:؛،؟!',
  '\u0640',
  '\u064e',
  '\u0651',
  '\u200c',
  '\u200d',
  '\u200f',
  'é',
  '\u0301'
]
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''))

describe('the fast word counter', () => {
  it('counts exactly what the word pattern matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(countWordsFast(t)).toBe(tokenizeWords(t).length)
      }),
      { numRuns: 5000 }
    )
  })

  it('leaves text with astral characters to the pattern', () => {
    expect(countWordsFast('كلمة 😀 أخرى')).toBeNull()
    expect(countWords('كلمة 😀 أخرى 𝐀bc')).toBe(tokenizeWords('كلمة 😀 أخرى 𝐀bc').length)
  })

  it('keeps the cases a reader counts by hand', () => {
    expect(countWords('و"أخشى أن يعود" قال 3.5 و 22/9/2014')).toBe(7)
  })
})
