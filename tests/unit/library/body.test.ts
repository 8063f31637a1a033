import { describe, expect, it } from 'vitest'
import { canonicalBody } from '../../../src/node/library/body'

const reference = (s: string): string => s.replace(/\s+/g, ' ').trim()

describe('canonicalBody (what bodyHash hashes)', () => {
  it('equals the white-space regex pass on every kind of spacing', () => {
    const cases = [
      '',
      ' ',
      '\n',
      'كلمة',
      'سطر أول\nسطر ثان',
      'a  b',
      ' a',
      'a ',
      'a\n\nb',
      'a \nb',
      'a\tb',
      'a\r\nb',
      'a\u00a0b',
      'a\u2009b\u3000c',
      'a\u2028b\u2029c',
      'a\ufeffb',
      'a\u1680b',
      'a\u200bb', // zero-width space is not white space for /\s/
      'a\vb\fc',
      'السعودية\nالرياض \n'
    ]
    for (const c of cases) expect(canonicalBody(c), JSON.stringify(c)).toBe(reference(c))
  })

  it('agrees with the regex for every BMP unit placed inside, before and after a word', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      for (const s of [`ب${ch}ت`, `${ch}ب`, `ب${ch}`, `ب ${ch}ت`, `ب\n${ch}`]) {
        if (canonicalBody(s) !== reference(s)) expect(canonicalBody(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(reference(s))
      }
    }
  })
})
