// The desk's merge rule. When both sides changed an article since their common version, the
// title, author, pull quote and status merge as separate fields, and the body merges per block
// (paragraph, heading, list, quote: the document's top-level nodes, compared whole). A place
// changed on one side only takes that side's change; changed alike on both, it takes it once;
// new blocks added at the same place on both sides are all kept (the desk's first). Changed
// differently on both sides is a conflict: the merged article keeps the desk's side ("ours"),
// and the caller keeps the other side whole as a conflict revision. Pure: no Node, no DOM.
import { MERGE_FIELDS, type ConflictPlace, type DeskBlock, type DeskContent } from './contract'

export interface MergeResult {
  content: DeskContent
  conflicts: ConflictPlace[]
}

/**
 * A block's identity for merging: its JSON with keys sorted at every level (the same formatting
 * and text is the same block, whatever order a store such as PostgreSQL's jsonb keeps keys in).
 */
export function blockKey(block: DeskBlock): string {
  return JSON.stringify(block, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value
  )
}

/** Three-way merge of `ours` (the desk now) and `theirs` (the push) from their common `base`. */
export function mergeContent(base: DeskContent, ours: DeskContent, theirs: DeskContent): MergeResult {
  const conflicts: ConflictPlace[] = []
  const merged = { ...ours }
  for (const f of MERGE_FIELDS) {
    const b = base[f]
    const o = ours[f]
    const t = theirs[f]
    if (o === t || t === b) continue
    if (o === b) (merged as Record<string, unknown>)[f] = t
    else conflicts.push(f)
  }
  const body = mergeSequences(base.blocks.map(blockKey), ours.blocks.map(blockKey), theirs.blocks.map(blockKey))
  if (body.conflict) conflicts.push('body')
  const byKey = new Map<string, DeskBlock>()
  for (const b of [...theirs.blocks, ...ours.blocks]) byKey.set(blockKey(b), b)
  merged.blocks = body.merged.map((k) => byKey.get(k) as DeskBlock)
  return { content: merged, conflicts }
}

/** True when the two contents are the same article text and fields. */
export function sameContent(a: DeskContent, b: DeskContent): boolean {
  return MERGE_FIELDS.every((f) => a[f] === b[f]) && a.blocks.length === b.blocks.length && a.blocks.every((x, i) => blockKey(x) === blockKey(b.blocks[i]))
}

/** a[a0, a1) and b[b0, b1) hold the same items. */
export function sameRange(a: readonly string[], a0: number, a1: number, b: readonly string[], b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false
  for (let i = 0; i < a1 - a0; i++) if (a[a0 + i] !== b[b0 + i]) return false
  return true
}

/**
 * One stretch of a three-way walk: base[b, k), ours[o, oEnd) and theirs[t, tEnd) lie between
 * two stable base items; base[k] (when k < base.length) is the stable item after it, at
 * ours[oEnd] and theirs[tEnd].
 */
export interface Diff3Chunk {
  b: number
  k: number
  o: number
  oEnd: number
  t: number
  tEnd: number
}

/** diff3's walk: the stable base items (kept by both sides) split the three sequences into chunks, in order, the last one running to the ends. */
export function diff3Chunks(base: readonly string[], ours: readonly string[], theirs: readonly string[]): Diff3Chunk[] {
  const mo = matchLcs(base, ours)
  const mt = matchLcs(base, theirs)
  const chunks: Diff3Chunk[] = []
  let b = 0
  let o = 0
  let t = 0
  for (;;) {
    let k = b
    while (k < base.length && (mo[k] === -1 || mt[k] === -1)) k++
    const oEnd = k < base.length ? mo[k]! : ours.length
    const tEnd = k < base.length ? mt[k]! : theirs.length
    chunks.push({ b, k, o, oEnd, t, tEnd })
    if (k >= base.length) return chunks
    b = k + 1
    o = oEnd + 1
    t = tEnd + 1
  }
}

/** diff3 over sequences of keys: stable base items (kept by both sides) split the rest into chunks. */
export function mergeSequences(base: readonly string[], ours: readonly string[], theirs: readonly string[]): { merged: string[]; conflict: boolean } {
  const merged: string[] = []
  let conflict = false
  for (const { b, k, o, oEnd, t, tEnd } of diff3Chunks(base, ours, theirs)) {
    if (sameRange(ours, o, oEnd, base, b, k)) merged.push(...theirs.slice(t, tEnd))
    else if (sameRange(theirs, t, tEnd, base, b, k) || sameRange(ours, o, oEnd, theirs, t, tEnd)) merged.push(...ours.slice(o, oEnd))
    else if (k === b)
      merged.push(...ours.slice(o, oEnd), ...theirs.slice(t, tEnd)) // both only added here: keep all
    else if (oEnd - o === k - b && tEnd - t === k - b) {
      // Paragraphs edited in place on both sides (none added or removed): merge them one by one,
      // so neighbouring paragraphs changed on different sides do not conflict.
      for (let i = 0; i < k - b; i++) {
        const [bi, oi, ti] = [base[b + i]!, ours[o + i]!, theirs[t + i]!]
        if (oi === bi) merged.push(ti)
        else {
          if (ti !== bi && ti !== oi) conflict = true
          merged.push(oi)
        }
      }
    } else {
      conflict = true
      merged.push(...ours.slice(o, oEnd))
    }
    if (k < base.length) merged.push(base[k]!)
  }
  return { merged, conflict }
}

const MAX_CELLS = 4_000_000

/** For each index of `a`, the index of `b` it is matched with in a longest common subsequence, or -1. */
export function matchLcs(a: readonly string[], b: readonly string[]): number[] {
  const match = new Array<number>(a.length).fill(-1)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) {
    match[start] = start
    start++
  }
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
    match[endA] = endB
  }
  const n = endA - start
  const m = endB - start
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return match // past the cap: the middle counts as all changed
  // table[i][j]: LCS length of a[start+i..endA) and b[start+j..endB)
  const w = m + 1
  const table = new Uint32Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[start + i] === b[start + j] ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      match[start + i] = start + j
      i++
      j++
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++
    else j++
  }
  return match
}
