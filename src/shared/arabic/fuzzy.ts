/**
 * Approximate substring search (Sellers' variant of Levenshtein): the substring of `text`
 * closest to `pattern`, if it is within `maxErrors` edits. O(text × pattern) time and
 * O(pattern) memory, fine for a pull quote against a column; callers cap the sizes.
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number } | null {
  const m = pattern.length
  if (m === 0) return null
  // prev[i]/cur[i]: cost of matching pattern[0..i) ending at the current text position;
  // the *Start arrays carry where that alignment began in the text.
  let prev = new Int32Array(m + 1)
  let cur = new Int32Array(m + 1)
  let prevStart = new Int32Array(m + 1)
  let curStart = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) prev[i] = i
  let best: { start: number; end: number; errors: number } | null = null
  for (let j = 1; j <= text.length; j++) {
    const tc = text.charCodeAt(j - 1)
    // Row 0 costs nothing anywhere: an alignment may begin at any text position.
    cur[0] = 0
    curStart[0] = j
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern.charCodeAt(i - 1) === tc ? 0 : 1)
      const del = prev[i]! + 1
      const ins = cur[i - 1]! + 1
      if (sub <= del && sub <= ins) {
        cur[i] = sub
        curStart[i] = prevStart[i - 1]!
      } else if (del <= ins) {
        cur[i] = del
        curStart[i] = prevStart[i]!
      } else {
        cur[i] = ins
        curStart[i] = curStart[i - 1]!
      }
    }
    const e = cur[m]!
    if (e <= maxErrors && (!best || e < best.errors)) best = { start: curStart[m]!, end: j, errors: e }
    ;[prev, cur] = [cur, prev]
    ;[prevStart, curStart] = [curStart, prevStart]
  }
  return best
}
