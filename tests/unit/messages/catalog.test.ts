// The message catalog: every code renders in both languages, Arabic in Arabic letters, and a
// message's parameters are checked against its code when it is written.
import { describe, expect, it } from 'vitest'
import { CATALOG, msg, t, type MessageCode } from '../../../src/shared/messages/catalog'
import { SAMPLES } from './samples'

const ARABIC = /[\u0600-\u06ff]/
const codes = Object.keys(CATALOG) as MessageCode[]

describe('the message catalog', () => {
  it.each(codes)('%s renders in English and Arabic', (code) => {
    const message = { code, params: SAMPLES[code] }
    const en = t(message, 'en')
    const ar = t(message, 'ar')
    expect(en.trim()).not.toBe('')
    expect(ar.trim()).not.toBe('')
    expect(ar).toMatch(ARABIC)
    expect(en).not.toMatch(/undefined|\[object Object\]/)
    expect(ar).not.toMatch(/undefined|\[object Object\]/)
  })

  it('renders nested messages in the same language', () => {
    const said = msg('format.at', { line: 2, column: 5, said: msg('format.spaces-in-a-row', { n: 3 }) })
    expect(t(said, 'en')).toBe('line 2, column 5: 3 spaces in a row')
    expect(t(said, 'ar')).toBe('السطر 2، الموضع 5: مسافات متتالية (عددها 3)')
  })

  it('survives the wire: a message is plain JSON', () => {
    const said = msg('format.write-nul', { part: msg('format.part-paragraph', { n: 7 }) })
    expect(t(JSON.parse(JSON.stringify(said)) as typeof said, 'en')).toBe(t(said, 'en'))
  })

  it('shows an unknown code as itself rather than failing', () => {
    expect(t({ code: 'no.such-code', params: {} }, 'ar')).toBe('no.such-code')
    expect(t({ code: 'toString', params: {} }, 'en')).toBe('toString')
    expect(t({ code: 'desk.status-move', params: {} }, 'en')).toBe('desk.status-move')
  })

  it('checks parameters against the code at compile time', () => {
    // @ts-expect-error: 'format.part-paragraph' needs { n }
    expect(t(msg('format.part-paragraph'), 'en')).toBe('paragraph undefined')
    // @ts-expect-error: a parameter of the wrong type
    msg('format.spaces-in-a-row', { n: 'two' })
    // @ts-expect-error: a code the catalog does not have
    msg('format.no-such-code')
  })
})
