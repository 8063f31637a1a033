// docs/tagged-format.md quotes every parser message verbatim; this keeps the two in step.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../src/shared/format/messages'

const doc = readFileSync(resolve(__dirname, '../../../docs/tagged-format.md'), 'utf8')
const placeholders = { n: '{n}', size: '{size}', name: '{name}', ch: '{ch}', what: '{what}', whatAr: '{whatAr}', bytes: '{bytes}', over: '{over}' }

describe('docs/tagged-format.md', () => {
  it.each(Object.entries(MESSAGES))('quotes %s in English and Arabic, under its code', (_, entry) => {
    expect(doc).toContain(`- ${entry.en(placeholders)}\n`)
    expect(doc).toContain(`- ${entry.ar(placeholders)}\n`)
    expect(doc).toContain(`\`${entry.code}\``)
  })

  it('quotes the singular message and the count suffix', () => {
    expect(doc).toContain(`- ${MESSAGES['trailing-newline'].en({ n: 1 })}\n`)
    expect(doc).toContain(`- ${MESSAGES['trailing-newline'].ar({ n: 1 })}\n`)
    expect(doc).toContain('` ({n} places in the file; this is the first)`')
    expect(doc).toContain('` (عدد المواضع في الملف: {n}؛ وهذا أولها)`')
  })
})
