// How deeply a call's arguments nest. Validation (zod's recursive document schema) and the
// document walkers recurse once per level, so a crafted document nested thousands of levels
// would overflow the stack and surface as an internal error; it is measured first, here,
// without recursion, and refused as invalid. Pure: no Node, no DOM.

/**
 * Levels of arrays and objects a call may nest. A document node takes two (the node and its
 * children), so this allows about 90 nested blocks: lists indented far deeper than anyone writes.
 */
export const MAX_ARG_NESTING = 200

/** True when `value` holds arrays or objects nested more than `max` levels (cycles count as too deep). */
export function nestsDeeperThan(value: unknown, max: number = MAX_ARG_NESTING): boolean {
  const stack: { v: object; depth: number }[] = []
  if (value !== null && typeof value === 'object') stack.push({ v: value, depth: 1 })
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: object; depth: number }
    if (depth > max) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push({ v: child as object, depth: depth + 1 })
    }
  }
  return false
}
