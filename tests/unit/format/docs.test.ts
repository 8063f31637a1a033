// docs/tagged-format.md quotes every parser message verbatim; this keeps the two in step.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIAGNOSTIC_CODES, type MessageId } from '../../../src/shared/format/messages'
import { CATALOG } from '../../../src/shared/messages/catalog'
import type { Entry, Render } from '../../../src/shared/messages/message'

const doc = readFileSync(resolve(__dirname, '../../../docs/tagged-format.md'), 'utf8')
const placeholders = {
  n: '{n}',
  size: '{size}',
  name: '{name}',
  ch: '{ch}',
  what: { code: 'what', params: {} },
  bytes: '{bytes}',
  over: '{over}',
  times: '{n}'
}
// The docs show a character's description as {what} in English and {whatAr} in Arabic.
const en: Render = (m) => `{${m.code}}`
const ar: Render = (m) => `{${m.code}Ar}`
const entryOf = (id: MessageId): Entry<object> => (CATALOG as Record<string, Entry<object>>)[`format.${id}`] as Entry<object>

describe('docs/tagged-format.md', () => {
  it.each(Object.entries(DIAGNOSTIC_CODES))('quotes %s in English and Arabic, under its code', (id, code) => {
    const entry = entryOf(id as MessageId)
    expect(doc).toContain(`- ${entry.en(placeholders, en)}\n`)
    expect(doc).toContain(`- ${entry.ar(placeholders, ar)}\n`)
    expect(doc).toContain(`\`${code}\``)
  })

  it('quotes the singular message and the count suffix', () => {
    expect(doc).toContain(`- ${entryOf('trailing-newline').en({ times: 1 }, en)}\n`)
    expect(doc).toContain(`- ${entryOf('trailing-newline').ar({ times: 1 }, ar)}\n`)
    expect(doc).toContain('` ({n} places in the file; this is the first)`')
    expect(doc).toContain('` (عدد المواضع في الملف: {n}؛ وهذا أولها)`')
  })
})
