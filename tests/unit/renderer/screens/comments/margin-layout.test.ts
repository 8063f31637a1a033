// The margin's stacking rule: comment groups sit level with their paragraphs, pushed down only
// as far as needed so none overlaps the one before it, in the text's order.
import { describe, expect, it } from 'vitest'
import { stackTops } from '../../../../../src/renderer/src/screens/comments/marginLayout'

describe('stacking comment groups in the margin', () => {
  it('keeps each group level with its paragraph when there is room', () => {
    expect(stackTops([10, 200, 500], [100, 100, 100], 8)).toEqual([10, 200, 500])
  })

  it('pushes a group down below the one before it, and the ones after it as far as needed', () => {
    expect(stackTops([10, 50, 120, 600], [100, 100, 40, 10], 8)).toEqual([10, 118, 226, 600])
  })

  it('keeps the order when two groups want the same place', () => {
    expect(stackTops([30, 30], [20, 20], 4)).toEqual([30, 54])
  })

  it('allows groups above the top (a paragraph scrolled past) and an empty margin', () => {
    expect(stackTops([-300, -50], [100, 100])).toEqual([-300, -50])
    expect(stackTops([], [])).toEqual([])
  })
})
