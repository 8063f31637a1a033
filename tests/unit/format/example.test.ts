import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { parseTagged, writeTagged } from '../../../src/shared/format'
import { describeEachColumn } from '../../support/each-column'
import { t } from '../../../src/shared/messages/catalog'

describeEachColumn('a whole column', (column) => {
  const bytes = readFileSync(column.path)
  const result = parseTagged(bytes)

  it('parses without a warning', () => {
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([])
  })

  it('reads the author, the picture, the pull quote and the paragraphs', () => {
    if (!result.ok) throw new Error(t(result.error.said, 'en'))
    const a = result.article
    expect(a.authorName).toBe(column.authorName)
    expect(a.authorPictureUrl).toBe(column.pictureUrl)
    expect(a.pullQuote?.split(' ')).toHaveLength(column.quote.words)
    expect(a.paragraphs.map((p) => p.split(/\s+/).length)).toEqual(column.paragraphWords)
    expect(a.paragraphs[0]!.startsWith(`${column.title}.`)).toBe(true)
    // Body text stays as typed: ASCII quotes, dates, "..", and tatweel inside a word.
    for (const typed of column.asTyped)
      expect(
        a.paragraphs.some((p) => p.includes(typed)),
        typed
      ).toBe(true)
  })

  it('writes back the same bytes, from bytes and from a string', () => {
    if (!result.ok) throw new Error(t(result.error.said, 'en'))
    const written = writeTagged(result.article)
    expect(Buffer.from(written, 'utf8').equals(bytes)).toBe(true)
    const fromString = parseTagged(bytes.toString('utf8'))
    expect(fromString).toEqual(result)
  })
})
