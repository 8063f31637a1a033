// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { normalizeRanges, segmentText } from '../../../../src/renderer/src/lib/highlight'

describe('search highlight segments', () => {
  it('splits text around [start, end) ranges', () => {
    expect(segmentText('كتب أسامة عموده', [[4, 9]])).toEqual([
      { text: 'كتب ', marked: false },
      { text: 'أسامة', marked: true },
      { text: ' عموده', marked: false }
    ])
  })

  it('merges overlapping and adjacent ranges, sorts them, clamps to the text', () => {
    expect(
      normalizeRanges(
        [
          [5, 8],
          [0, 2],
          [1, 3],
          [3, 4],
          [7, 50],
          [-4, 0]
        ],
        10
      )
    ).toEqual([
      [0, 4],
      [5, 10]
    ])
  })

  it('drops empty and inverted ranges', () => {
    expect(
      segmentText('abc', [
        [2, 2],
        [3, 1]
      ])
    ).toEqual([{ text: 'abc', marked: false }])
  })

  it('keeps markup-looking text as plain text segments', () => {
    const text = '<img src=x onerror=alert(1)> نص'
    const segs = segmentText(text, [[0, 4]])
    expect(segs.map((s) => s.text).join('')).toBe(text)
    expect(segs[0]).toEqual({ text: '<img', marked: true })
  })

  it('gives one empty segment for empty text', () => {
    expect(segmentText('', [])).toEqual([{ text: '', marked: false }])
  })
})
