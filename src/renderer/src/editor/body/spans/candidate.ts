// The pull-quote candidate the writer hovers, tinted in the body with a CSS Custom Highlight over
// a DOM Range: the document, its undo history and autosave never see it.
import type { LexicalEditor } from 'lexical'
import { domRangeFor, type Span } from './dom'
import { registry } from './registry'

/** The ::highlight() name screens/pullquote/pullquote.css paints. */
export const CANDIDATE_HIGHLIGHT = 'amud-pullquote-candidate'

/** Tints the span in the editor; the range it tints, or null (gone, or no highlight API). */
export function showCandidate(editor: LexicalEditor, span: Span): Range | null {
  const highlights = registry()
  if (!highlights) return null
  const range = domRangeFor(editor, span)
  if (range) highlights.set(CANDIDATE_HIGHLIGHT, new Highlight(range))
  else highlights.delete(CANDIDATE_HIGHLIGHT)
  return range
}

export function clearCandidate(): void {
  // Called on every edit: leave the registry (and the page's paint) alone when nothing is tinted.
  const highlights = registry()
  if (highlights?.has(CANDIDATE_HIGHLIGHT)) highlights.delete(CANDIDATE_HIGHLIGHT)
}
