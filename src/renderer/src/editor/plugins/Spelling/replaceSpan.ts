// Replacing a span of the body: one editor update, pushed to the undo history as its own step
// (not merged into the typing before it), so Ctrl+Z takes exactly the replacement back.
import { $createRangeSelection, $setSelection, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical'
import { $paragraphMap, spanPoints } from '../PullQuote/paragraphMap'

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
  const selection = $createRangeSelection()
  selection.anchor.set(points.anchor.key, points.anchor.offset, 'text')
  selection.focus.set(points.focus.key, points.focus.offset, 'text')
  $setSelection(selection)
  selection.insertText(r.replacement)
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
