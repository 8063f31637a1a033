// @vitest-environment jsdom
// The window looks at each picked file's size before reading it: a file too big to be an article
// fails alone with a sentence in the interface language, and the others are read.
import { describe, expect, it } from 'vitest'
import { ar } from '../../../../src/renderer/src/i18n/ar'
import { makeI18n, translate, type MessageKey } from '../../../../src/renderer/src/i18n'
import { readForImport } from '../../../../src/renderer/src/lib/importFiles'
import { base64ToText } from '../../../../src/renderer/src/lib/files'

describe('files picked for import', () => {
  it('refuses a file over the size limit without reading it, in Arabic and English, and reads the rest', async () => {
    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'huge.txt')
    const small = new File(['نص قصير'], 'small.txt')
    const read = await readForImport([big, small])
    expect(read.payload.map((p) => p.name)).toEqual(['small.txt'])
    expect(base64ToText(read.payload[0]!.base64)).toBe('نص قصير')
    expect(read.refused).toMatchObject([{ name: 'huge.txt', outcome: 'failed', kind: 'tagged' }])
    const said = read.refused[0]!.said!
    expect(translate(ar, said.code as MessageKey, said.params as Record<string, number>)).toBe('أكبر من أن يُستورد (11 م.ب، والحد 10 م.ب)')
    expect(makeI18n('en', () => undefined).t(said)).toBe('too large to import (11 MB; the most is 10 MB)')
  })
})
