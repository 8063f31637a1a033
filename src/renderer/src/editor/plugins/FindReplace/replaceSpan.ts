// Replacing [start, end) of a mapped paragraph by splicing its text nodes, so a match that
// spans formatting (half bold, half plain) becomes one run with the first node's format and
// the text around it keeps its own.
import { $getNodeByKey, $isTextNode } from 'lexical'
import type { MappedParagraph } from '../PullQuote/paragraphMap'

/**
 * Must run inside editor.update, on a map made in the same update. Spans in one paragraph must
 * be replaced from last to first: a splice moves the offsets after it.
 */
export function $replaceSpan(paragraph: MappedParagraph, start: number, end: number, replacement: string): boolean {
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
