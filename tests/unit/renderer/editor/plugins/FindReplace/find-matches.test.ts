// The find bar's pure parts: which match is current after the text or the query changes, and
// stepping round the matches.
import { describe, expect, it } from 'vitest'
import { currentIndex, stepPlace } from '../../../../../../src/renderer/src/editor/plugins/FindReplace/matches'

const m = (paragraph: number, start: number) => ({ paragraph, start })
const list = [m(0, 4), m(0, 20), m(2, 0)]

describe('find matches', () => {
  it('the current match is the first at or after the kept place, wrapping to the first', () => {
    expect(currentIndex([], null)).toBe(-1)
    expect(currentIndex(list, null)).toBe(0)
    expect(currentIndex(list, m(0, 20))).toBe(1)
    expect(currentIndex(list, m(0, 21))).toBe(2)
    expect(currentIndex(list, m(1, 0))).toBe(2)
    expect(currentIndex(list, m(3, 0))).toBe(0)
  })

  it('steps forward and back round the matches', () => {
    expect(stepPlace(list, 0, 1)).toEqual(m(0, 20))
    expect(stepPlace(list, 2, 1)).toEqual(m(0, 4))
    expect(stepPlace(list, 0, -1)).toEqual(m(2, 0))
    expect(stepPlace([], -1, 1)).toBeNull()
  })
})
