// Replacing a span of the body. replaceSpans: one editor update, pushed to the undo history as
// its own step (not merged into the typing before it), so Ctrl+Z takes exactly the replacement
// back (spelling, hamza, typography). $spliceSpan: find's replace, which splices text nodes so a
// match that spans formatting (half bold, half plain) becomes one run with the first node's
// format and the text around it keeps its own.
import { $getNodeByKey, $isTextNode, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical'
import { $paragraphMap, spanPoints, type MappedParagraph } from '../paragraphMap'
import { $selectPoints } from './dom'

export interface Replacement {
  paragraph: number
  start: number
  end: number
  /** What [start, end) must read now; otherwise the text changed and nothing is done. */
  expected: string
  replacement: string
}

/** Inside an update: replaces one span; false when it no longer reads as expected. */
export function $replaceSpan(r: Replacement): boolean {
  const map = $paragraphMap()
  const paragraph = map[r.paragraph]
  if (!paragraph) return false
  let points = spanPoints(map, r.paragraph, r.start, r.end, r.expected)
  if (!points && r.start === r.end && paragraph.text.length >= r.start) {
    // An insertion: a collapsed point.
    const at = paragraph.pieces.find((p) => r.start <= p.end)
    if (at) points = { anchor: { key: at.key, offset: r.start - at.start }, focus: { key: at.key, offset: r.start - at.start } }
  }
  if (!points) return false
  $selectPoints(points).insertText(r.replacement)
  return true
}

/**
 * Applies the replacements in one update (one undo step). Within a paragraph they are applied
 * from the last to the first, so the offsets of those still to come stay valid. Returns how many
 * were applied.
 */
export function replaceSpans(editor: LexicalEditor, replacements: readonly Replacement[]): number {
  const ordered = [...replacements].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start)
  let applied = 0
  editor.update(
    () => {
      let lastStart = Infinity
      let lastParagraph = -1
      for (const r of ordered) {
        // Overlapping fixes: the later one won; the earlier would read stale text.
        if (r.paragraph === lastParagraph && r.end > lastStart) continue
        if ($replaceSpan(r)) {
          applied++
          lastParagraph = r.paragraph
          lastStart = r.start
        }
      }
    },
    { tag: HISTORY_PUSH_TAG, discrete: true }
  )
  return applied
}

/**
 * Must run inside editor.update, on a map made in the same update. Spans in one paragraph must
 * be replaced from last to first: a splice moves the offsets after it.
 */
export function $spliceSpan(paragraph: MappedParagraph, start: number, end: number, replacement: string): boolean {
  const pieces = paragraph.pieces.filter((p) => p.end > start && p.start < end)
  if (pieces.length === 0) return false
  let inserted = false
  for (const piece of pieces) {
    const node = $getNodeByKey(piece.key)
    if (!$isTextNode(node)) continue
    const from = Math.max(start, piece.start) - piece.start
    const to = Math.min(end, piece.end) - piece.start
    if (!inserted) {
      node.spliceText(from, to - from, replacement, false)
      inserted = true
      if (node.getTextContentSize() === 0) node.remove()
    } else if (to - from === node.getTextContentSize()) node.remove()
    else node.spliceText(from, to - from, '', false)
  }
  return inserted
}
