import { describe, expect, it } from 'vitest'
import { parseTagged, writeTagged } from '../../../src/shared/format'
import { readExample } from './fixtures'

describe('the publication’s real column', () => {
  const bytes = readExample()
  const result = parseTagged(bytes)

  it('parses without a warning', () => {
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([])
  })

  it('reads the author, the picture, the pull quote and the 9 paragraphs', () => {
    if (!result.ok) throw new Error(result.error.message)
    const a = result.article
    expect(a.authorName).toBe('كاظم الموسوي')
    expect(a.authorPictureUrl).toBe('https://alwatan.com/v2/v2/wp-content/themes/watan/images/opinion/kazemalmosawy.jpg')
    expect(a.pullQuote?.startsWith('منذ تأسيسه كتحالف دولي')).toBe(true)
    expect(a.pullQuote?.endsWith('الحصيلة النهائية؟')).toBe(true)
    expect(a.pullQuote?.split(' ')).toHaveLength(51)
    expect(a.paragraphs.map((p) => p.split(/\s+/).length)).toEqual([136, 51, 61, 90, 91, 161, 141, 60, 12])
    // Body text stays as typed: ASCII quotes, dates, "..", and tatweel inside a word.
    expect(a.paragraphs.some((p) => p.includes('22/9/ 2014'))).toBe(true)
    expect(a.paragraphs.some((p) => p.includes('بـ15'))).toBe(true)
  })

  it('writes back the same bytes, from bytes and from a string', () => {
    if (!result.ok) throw new Error(result.error.message)
    const written = writeTagged(result.article)
    expect(Buffer.from(written, 'utf8').equals(bytes)).toBe(true)
    const fromString = parseTagged(bytes.toString('utf8'))
    expect(fromString).toEqual(result)
  })
})
