// Paints a few spans of the body as one CSS Custom Highlight (no change to the document, its undo
// history or autosave): the typography panel's pointed issue. The paragraph map is read once
// for all the spans, and a span whose paragraph no longer reads as it did is skipped. The
// underlines over the whole body are SpanPainter's (SpanPainter.ts), which scales to long articles.
import type { LexicalEditor } from 'lexical'
import { $paragraphMap, pointAt } from '../paragraphMap'
import { domRangeForPoints } from './dom'
import { registry } from './registry'

export interface TextSpan {
  paragraph: number
  start: number
  end: number
}

/** DOM ranges for the spans (null where a span is gone), read against the editor as it is now. */
export function rangesFor(editor: LexicalEditor, paragraphs: readonly string[], spans: readonly TextSpan[]): (Range | null)[] {
  if (spans.length === 0) return []
  return editor.getEditorState().read(() => {
    const map = $paragraphMap()
    return spans.map((s) => {
      const p = map[s.paragraph]
      if (!p || p.text !== paragraphs[s.paragraph] || s.end <= s.start) return null
      const anchor = pointAt(p, s.start, 'start')
      const focus = pointAt(p, s.end, 'end')
      return anchor && focus ? domRangeForPoints(editor, { anchor, focus }) : null
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
