// Paints a few spans of the body as one CSS Custom Highlight (no change to the document, its undo
// history or autosave): the typography panel's pointed issue. The paragraph map is read once
// for all the spans, and a span whose paragraph no longer reads as it did is skipped. The
// underlines over the whole body are SpanPainter's (spanPainter.ts), which scales to long articles.
import type { LexicalEditor } from 'lexical'
import { $paragraphMap, pointAt } from '../PullQuote/paragraphMap'
import { textNodeOf } from '../PullQuote/spanDom'

export interface TextSpan {
  paragraph: number
  start: number
  end: number
}

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined' ? CSS.highlights : null
}

/** DOM ranges for the spans (null where a span is gone), read against the editor as it is now. */
export function rangesFor(editor: LexicalEditor, paragraphs: readonly string[], spans: readonly TextSpan[]): (Range | null)[] {
  if (spans.length === 0) return []
  return editor.getEditorState().read(() => {
    const map = $paragraphMap()
    return spans.map((s) => {
      const p = map[s.paragraph]
      if (!p || p.text !== paragraphs[s.paragraph] || s.end <= s.start) return null
      const a = pointAt(p, s.start, 'start')
      const b = pointAt(p, s.end, 'end')
      if (!a || !b) return null
      const from = textNodeOf(editor, a)
      const to = textNodeOf(editor, b)
      if (!from || !to) return null
      const range = from.ownerDocument.createRange()
      range.setStart(from, a.offset)
      range.setEnd(to, b.offset)
      return range
    })
  })
}

export function paintHighlight(name: string, ranges: readonly (Range | null)[]): void {
  const highlights = registry()
  if (!highlights) return
  const live = ranges.filter((r): r is Range => r !== null)
  if (live.length === 0) highlights.delete(name)
  else highlights.set(name, new Highlight(...live))
}

export function clearHighlight(name: string): void {
  registry()?.delete(name)
}
