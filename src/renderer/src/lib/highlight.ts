// Search highlights arrive as [start, end) offsets into the original text. They become
// plain segments that React renders as text nodes inside <mark>: the text is never parsed
// as markup, whatever it holds.
import type { Range } from '../../../shared/api/library'

export interface Segment {
  text: string
  marked: boolean
}

/** Sorts, clamps and merges ranges; drops empty and out-of-bounds ones. */
export function normalizeRanges(ranges: readonly Range[], length: number): Range[] {
  const clamped = ranges
    .map(([s, e]): Range => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const r of clamped) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const [s, e] of normalizeRanges(ranges, text.length)) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false })
    out.push({ text: text.slice(s, e), marked: true })
    at = e
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false })
  return out
}
