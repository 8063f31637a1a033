// A longest-common-subsequence diff of two sequences. Common prefix and suffix are trimmed
// first (edits are usually local), then a dynamic-programming table covers the middle. Past
// a size cap the middle is reported as deleted then inserted: correct, only less fine-grained.

export type EditOp = { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number }

const MAX_CELLS = 4_000_000

export function diffSequences<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean = Object.is): EditOp[] {
  let start = 0
  while (start < a.length && start < b.length && eq(a[start]!, b[start]!)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && eq(a[endA - 1]!, b[endB - 1]!)) {
    endA--
    endB--
  }
  const ops: EditOp[] = []
  for (let i = 0; i < start; i++) ops.push({ op: 'equal', a: i, b: i })
  middle(a, b, start, endA, start, endB, eq, ops)
  for (let i = 0; endA + i < a.length; i++) ops.push({ op: 'equal', a: endA + i, b: endB + i })
  return ops
}

function middle<T>(a: readonly T[], b: readonly T[], a0: number, a1: number, b0: number, b1: number, eq: (x: T, y: T) => boolean, ops: EditOp[]): void {
  const n = a1 - a0
  const m = b1 - b0
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    for (let i = a0; i < a1; i++) ops.push({ op: 'delete', a: i })
    for (let j = b0; j < b1; j++) ops.push({ op: 'insert', b: j })
    return
  }
  // len[i][j] = LCS length of a[a0+i..a1) and b[b0+j..b1), row-major with width m+1.
  const w = m + 1
  const len = new Uint32Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = eq(a[a0 + i]!, b[b0 + j]!) ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (eq(a[a0 + i]!, b[b0 + j]!)) {
      ops.push({ op: 'equal', a: a0 + i++, b: b0 + j++ })
    } else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) {
      ops.push({ op: 'delete', a: a0 + i++ })
    } else {
      ops.push({ op: 'insert', b: b0 + j++ })
    }
  }
  while (i < n) ops.push({ op: 'delete', a: a0 + i++ })
  while (j < m) ops.push({ op: 'insert', b: b0 + j++ })
}
