// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { detectDirection } from '../../../../src/renderer/src/lib/direction'

describe('block direction from the first strong character', () => {
  it('is rtl for Arabic and ltr for Latin', () => {
    expect(detectDirection('كتب أسامة عموده')).toBe('rtl')
    expect(detectDirection('The column was written')).toBe('ltr')
  })

  it('follows the first strong character in mixed text', () => {
    expect(detectDirection('«Amud» هو اسم التطبيق')).toBe('ltr')
    expect(detectDirection('تطبيق Amud للكتّاب')).toBe('rtl')
    expect(detectDirection('2024: عام جديد')).toBe('rtl')
    expect(detectDirection('2024: a new year')).toBe('ltr')
  })

  it('falls back to rtl when there is no strong character', () => {
    expect(detectDirection('')).toBe('rtl')
    expect(detectDirection('  123 — !؟ ')).toBe('rtl')
    expect(detectDirection('', 'ltr')).toBe('ltr')
  })
})
