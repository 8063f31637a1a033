// Which autosave revisions to let go as they age. Buckets are fixed slices of clock time
// (not of age), so running the thinning again never removes more than it did the first time:
//   younger than an hour  → every autosave is kept;
//   younger than a day    → the newest autosave of each 10-minute slice;
//   older                 → the newest autosave of each (UTC) day.
// Manual, import and restore revisions are never thinned: callers pass autosaves only.

export const HOUR_MS = 60 * 60 * 1000
export const TEN_MINUTES_MS = 10 * 60 * 1000
export const DAY_MS = 24 * HOUR_MS

export interface AgedRevision {
  id: number
  /** Epoch milliseconds. */
  time: number
}

export function autosavesToDrop(revisions: readonly AgedRevision[], now: number): number[] {
  const newestFirst = [...revisions].sort((a, b) => b.time - a.time || b.id - a.id)
  const seen = new Set<string>()
  const drop: number[] = []
  for (const r of newestFirst) {
    const age = now - r.time
    if (age < HOUR_MS) continue
    const bucket = age < DAY_MS ? `m${Math.floor(r.time / TEN_MINUTES_MS)}` : `d${Math.floor(r.time / DAY_MS)}`
    if (seen.has(bucket)) drop.push(r.id)
    else seen.add(bucket)
  }
  return drop
}
