import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { locatePhrase } from '../../../src/shared/arabic'
import { describeEachColumn } from '../../support/each-column'

describeEachColumn('locatePhrase on a whole column', (column) => {
  const file = readFileSync(column.path, 'utf8')
  const lines = file.split('\n')
  // Line 2 is `” quote”`: the quote sits between "” " and the final "”".
  const quote = lines[1]!.slice(2, -1)
  const paragraph = lines[3]!
  const expectedStart = paragraph.indexOf(column.quote.bodyFirst)
  const expectedEnd = paragraph.indexOf(column.quote.bodyLast) + column.quote.bodyLast.length

  it('has a quote that is not a plain substring of the body', () => {
    expect(expectedStart).toBeGreaterThan(0)
    expect(paragraph.includes(quote)).toBe(false)
  })

  it('finds the pull quote in paragraph 1 despite the hamza spelling', () => {
    expect(locatePhrase(paragraph, quote)).toEqual({ start: expectedStart, end: expectedEnd })
    expect(paragraph.slice(expectedStart, expectedEnd)).toContain(column.quote.bodySpelling)
    expect(quote).not.toContain(column.quote.bodySpelling)
  })

  it('finds it at the right offsets in the whole body', () => {
    const bodyStart = lines.slice(0, 3).join('\n').length + 1
    const body = file.slice(bodyStart)
    expect(locatePhrase(body, quote)).toEqual({ start: expectedStart, end: expectedEnd })
    // The file itself holds the quote verbatim on line 2, which is found first.
    expect(locatePhrase(file, quote)?.start).toBe(lines[0]!.length + 1 + 2)
  })
})

describe('locatePhrase', () => {
  const text = 'قال الوزير:  إنّ المؤتمرَ\nالدولي سيُعقد في الرياض، غداً.'

  it('matches any whitespace run against any whitespace run', () => {
    const r = locatePhrase(text, 'المؤتمر الدولي سيعقد')
    expect(r && text.slice(r.start, r.end)).toBe('المؤتمرَ\nالدولي سيُعقد')
  })

  it('ignores tashkeel, tatweel and hamza differences, covering the marks of the last letter', () => {
    const r = locatePhrase(text, 'ان المـؤتمر')
    expect(r && text.slice(r.start, r.end)).toBe('إنّ المؤتمرَ')
  })

  it('treats punctuation as a separator, so a dropped or changed comma still matches', () => {
    const r = locatePhrase(text, 'قال الوزير ان')
    expect(r && text.slice(r.start, r.end)).toBe('قال الوزير:  إنّ')
    const r2 = locatePhrase(text, 'الرياض غدا')
    expect(r2 && text.slice(r2.start, r2.end)).toBe('الرياض، غداً')
  })

  it('takes in the punctuation the text has where the phrase starts or ends with some', () => {
    const r = locatePhrase(text, 'في الرياض، غدا.')
    expect(r && text.slice(r.start, r.end)).toBe('في الرياض، غداً.')
    const t = 'وقال: «الأمر انتهى» ثم مضى'
    const q = locatePhrase(t, '«الأمر انتهى»')
    expect(q && t.slice(q.start, q.end)).toBe('«الأمر انتهى»')
  })

  it('returns null when the phrase is absent or empty', () => {
    expect(locatePhrase(text, 'المؤتمر الصحفي')).toBeNull()
    expect(locatePhrase(text, ' ،. ')).toBeNull()
  })

  it('accepts a near match only when asked to (fuzzy)', () => {
    const t = 'صرح مسئول في الوزارة بأن الاجتماع تأجل'
    expect(locatePhrase(t, 'مسؤول في الوزارة')).toBeNull()
    const r = locatePhrase(t, 'مسؤول في الوزارة', { fuzzy: true })
    expect(r && t.slice(r.start, r.end)).toBe('مسئول في الوزارة')
    expect(locatePhrase(t, 'وزير الخارجية الجديد', { fuzzy: true })).toBeNull()
  })
})
