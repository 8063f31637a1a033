// Where the comment groups go in the margin: each wants to sit level with its paragraph, but a
// group may not overlap the one before it, so it is pushed down just below it. Pure, so the
// stacking rule is tested without a browser (tests/unit/renderer/screens/comments/).

/**
 * The tops of the groups, in the order given (the text's order): group i at `wants[i]`, or just
 * below group i - 1 (its top + height + gap) when that is lower. Never overlapping, order kept.
 */
export function stackTops(wants: readonly number[], heights: readonly number[], gap = 0): number[] {
  const tops: number[] = []
  let floor = -Infinity
  for (let i = 0; i < wants.length; i++) {
    const top = Math.max(wants[i]!, floor)
    tops.push(top)
    floor = top + (heights[i] ?? 0) + gap
  }
  return tops
}
