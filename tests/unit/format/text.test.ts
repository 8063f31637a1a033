// The character-level helpers every line goes through: they must agree with the platform.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstInvalidUtf8 } from '../../../src/shared/format/decode'
import { codePointColumn, isBlank, isTrimSpace, normalizeText, utf8Length } from '../../../src/shared/format/text'

describe('isTrimSpace', () => {
  it('is exactly what String.prototype.trim removes', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      expect([c, isTrimSpace(c)]).toEqual([c, ch.trim() === ''])
    }
  })
})

describe('normalizeText', () => {
  it('trims, turns each line break and its spaces into one space, and is idempotent', () => {
    expect(normalizeText('  أ \n\n ب\t')).toBe('أ ب')
    expect(normalizeText('أ\u0085ب')).toBe('أ ب')
    expect(normalizeText(' \n ')).toBe('')
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('أ', 'b', ' ', '\u00A0', '\n', '\r', '\u2028', 'ـ', '\u200F') }), (s) => {
        const n = normalizeText(s)
        expect(normalizeText(n)).toBe(n)
        expect(n).toBe(n.trim())
        expect(/[\n\r\u2028]/.test(n)).toBe(false)
        expect(n === '').toBe(isBlank(s.replace(/[\n\r\u2028\u0085]/g, ' ')))
      })
    )
  })
})

describe('codePointColumn', () => {
  it('counts characters, a surrogate pair as one', () => {
    expect(codePointColumn('abc', 0)).toBe(1)
    expect(codePointColumn('😀😀x', 4)).toBe(3)
    expect(codePointColumn('نص', 2)).toBe(3)
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(codePointColumn(s, s.length)).toBe([...s].length + 1)
      })
    )
  })
})

describe('UTF-8', () => {
  it('utf8Length agrees with TextEncoder', () => {
    const encoder = new TextEncoder()
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(encoder.encode(s).length)
      })
    )
  })

  it('firstInvalidUtf8 finds exactly where TextDecoder stops', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    const valid = (b: Uint8Array): boolean => {
      try {
        strict.decode(b)
        return true
      } catch {
        return false
      }
    }
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 3 })).map(([s, tail]) => new Uint8Array([...new TextEncoder().encode(s), ...tail]))
    )
    fc.assert(
      fc.property(bytes, (b) => {
        const bad = firstInvalidUtf8(b)
        expect(bad === b.length).toBe(valid(b))
        expect(valid(b.subarray(0, bad))).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})
