// Reading a sync conflict for a person: which paragraphs (and fields) the two sides changed
// differently. The desk kept its side in the article and the person's side whole as a conflict
// copy; against the base both started from, a three-way walk over the body's blocks finds the
// places where the article (desk side, with the person's other changes merged in) and the
// person's copy both differ from the base and from each other: exactly the conflicting
// paragraphs, not the ones that merged. Without a base, every stretch where the two differ is
// shown. Pure: no Node, no DOM.
import type { ConflictPart } from '../api/comments'
import { paragraphsFromDocument } from '../document/index'
import type { SerializedDocument } from '../model/article'
import { MERGE_FIELDS, type ConflictPlace, type DeskBlock, type DeskContent } from './contract'
import { blockKey, diff3Chunks, matchLcs, sameRange } from './merge'

/** One conflicting stretch of the body: [start, end) in the desk's blocks and in the person's. */
export interface BodyChunk {
  desk: [number, number]
  mine: [number, number]
}

export function blockText(block: DeskBlock): string {
  const doc = { root: { type: 'root', version: 1, children: [block] } } as unknown as SerializedDocument
  return paragraphsFromDocument(doc).join('\n')
}

/** The conflicting stretches between desk and mine, read against base (see the file's comment). */
export function conflictChunks(base: readonly string[] | null, desk: readonly string[], mine: readonly string[]): BodyChunk[] {
  const chunks: BodyChunk[] = []
  if (base === null) {
    // No base: every stretch the two sides do not share.
    const m = matchLcs(desk, mine)
    let d = 0
    let t = 0
    for (let k = 0; k <= desk.length; k++) {
      if (k < desk.length && m[k] === -1) continue
      const tEnd = k < desk.length ? m[k]! : mine.length
      if (k > d || tEnd > t) chunks.push({ desk: [d, k], mine: [t, tEnd] })
      d = k + 1
      t = tEnd + 1
    }
    return chunks
  }
  for (const { b, k, o, oEnd, t, tEnd } of diff3Chunks(base, desk, mine)) {
    const deskChanged = !sameRange(desk, o, oEnd, base, b, k)
    const mineChanged = !sameRange(mine, t, tEnd, base, b, k)
    if (deskChanged && mineChanged && !sameRange(desk, o, oEnd, mine, t, tEnd) && k > b) {
      if (oEnd - o === k - b && tEnd - t === k - b) {
        // Edited in place: only the paragraphs both sides changed differently.
        for (let i = 0; i < k - b; i++) {
          const [bi, oi, ti] = [base[b + i], desk[o + i], mine[t + i]]
          if (oi !== bi && ti !== bi && oi !== ti) chunks.push({ desk: [o + i, o + i + 1], mine: [t + i, t + i + 1] })
        }
      } else chunks.push({ desk: [o, oEnd], mine: [t, tEnd] })
    }
  }
  return chunks
}

/** The conflict's parts for the dialog: each field in conflict, then each conflicting stretch of the body. */
export function conflictParts(
  places: readonly ConflictPlace[],
  base: DeskContent | null,
  desk: DeskContent,
  mine: DeskContent
): { parts: ConflictPart[]; chunks: BodyChunk[] } {
  const parts: ConflictPart[] = []
  for (const f of MERGE_FIELDS) if (places.includes(f) && desk[f] !== mine[f]) parts.push({ place: f, mine: [mine[f]], desk: [desk[f]] })
  let chunks: BodyChunk[] = []
  if (places.includes('body')) {
    chunks = conflictChunks(base ? base.blocks.map(blockKey) : null, desk.blocks.map(blockKey), mine.blocks.map(blockKey))
    for (const c of chunks) {
      parts.push({ place: 'body', desk: desk.blocks.slice(c.desk[0], c.desk[1]).map(blockText), mine: mine.blocks.slice(c.mine[0], c.mine[1]).map(blockText) })
    }
  }
  return { parts, chunks }
}
