// @vitest-environment jsdom
// Checking articles for a batch export (click, shift-click range, "all ready"), and the report
// of a second run that overwrote what the first one kept.
import { describe, expect, it } from 'vitest'
import { mergeReports } from '../../../../../src/renderer/src/screens/library/BatchExport'
import { addToSelection, clickSelection, EMPTY_SELECTION } from '../../../../../src/renderer/src/screens/library/selection'

const ORDER = ['a', 'b', 'c', 'd', 'e']
const ids = (s: { ids: ReadonlySet<string> }): string[] => [...s.ids].sort()

describe('batch selection', () => {
  it('toggles one article per click and remembers it as the anchor', () => {
    let s = clickSelection(EMPTY_SELECTION, ORDER, 'b', false)
    expect(ids(s)).toEqual(['b'])
    expect(s.anchor).toBe('b')
    s = clickSelection(s, ORDER, 'b', false)
    expect(ids(s)).toEqual([])
  })

  it('gives a shift-click range, in either direction, the state the clicked one takes', () => {
    let s = clickSelection(EMPTY_SELECTION, ORDER, 'b', false)
    s = clickSelection(s, ORDER, 'd', true)
    expect(ids(s)).toEqual(['b', 'c', 'd'])
    s = clickSelection(s, ORDER, 'a', true)
    expect(ids(s)).toEqual(['a', 'b', 'c', 'd'])
    // Unchecking with shift unchecks the range from the last click.
    s = clickSelection(s, ORDER, 'c', true)
    expect(ids(s)).toEqual(['d'])
  })

  it('treats a shift-click without an anchor in the list as a plain click', () => {
    const s = clickSelection({ ids: new Set(['x']), anchor: 'x' }, ORDER, 'c', true)
    expect(ids(s)).toEqual(['c', 'x'])
  })

  it('adds the ready articles to what is checked', () => {
    const s = addToSelection(clickSelection(EMPTY_SELECTION, ORDER, 'a', false), ['c', 'a', 'e'])
    expect(ids(s)).toEqual(['a', 'c', 'e'])
    expect(s.anchor).toBe('a')
  })
})

describe('batch report', () => {
  it('lets a second run (overwrite) answer for the articles it exported again', () => {
    const first = {
      dir: '/out',
      items: [
        { articleId: 'a', outcome: 'written' as const, file: '/out/a.txt' },
        { articleId: 'b', outcome: 'skipped' as const, file: '/out/b.txt' },
        { articleId: 'c', outcome: 'failed' as const, message: 'no author' }
      ],
      written: 1,
      skipped: 1,
      failed: 1
    }
    const second = { items: [{ articleId: 'b', outcome: 'written' as const, file: '/out/b.txt' }], written: 1, skipped: 0, failed: 0 }
    expect(mergeReports(first, second)).toEqual({
      dir: '/out',
      items: [first.items[0], second.items[0], first.items[2]],
      written: 2,
      skipped: 0,
      failed: 1
    })
  })
})
