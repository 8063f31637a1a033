// A span of the body in the page: the one "DOM Range from text points", the one "select these
// points" (a real selection, which the writer can then act on) and scrolling a range into view.
// Painters, find, the pull-quote candidate and "show in text" all go through here.
import { $createRangeSelection, $setSelection, type LexicalEditor, type RangeSelection } from 'lexical'
import { $paragraphMap, spanPoints, type TextPoint } from '../paragraphMap'

export interface Span {
  paragraph: number
  start: number
  end: number
  /** What the span read when it was computed; a span that no longer reads so is not shown. */
  text: string
}

export function textNodeOf(editor: LexicalEditor, point: TextPoint): Text | null {
  const el = editor.getElementByKey(point.key)
  if (!el) return null
  // Formatting wraps the text in <strong>, <em>…: the text node may be deeper than firstChild.
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT)
  const node = walker.nextNode() as Text | null
  return node && point.offset <= node.length ? node : null
}

export function pointsOf(editor: LexicalEditor, span: Span): { anchor: TextPoint; focus: TextPoint } | null {
  return editor.getEditorState().read(() => spanPoints($paragraphMap(), span.paragraph, span.start, span.end, span.text))
}

export function domRangeFor(editor: LexicalEditor, span: Span): Range | null {
  const points = pointsOf(editor, span)
  return points ? domRangeForPoints(editor, points) : null
}

/** Inside an update: makes the text between two points the editor's selection, and returns it. */
export function $selectPoints(points: { anchor: TextPoint; focus: TextPoint }): RangeSelection {
  const selection = $createRangeSelection()
  selection.anchor.set(points.anchor.key, points.anchor.offset, 'text')
  selection.focus.set(points.focus.key, points.focus.offset, 'text')
  $setSelection(selection)
  return selection
}

/** The DOM Range between two text points (already resolved against a paragraph map). */
export function domRangeForPoints(editor: LexicalEditor, points: { anchor: TextPoint; focus: TextPoint }): Range | null {
  const from = textNodeOf(editor, points.anchor)
  const to = textNodeOf(editor, points.focus)
  if (!from || !to) return null
  const range = from.ownerDocument.createRange()
  range.setStart(from, points.anchor.offset)
  range.setEnd(to, points.focus.offset)
  return range
}

function scrollParent(el: Element | null): HTMLElement | null {
  for (let n = el?.parentElement ?? null; n; n = n.parentElement) {
    const { overflowY } = getComputedStyle(n)
    if ((overflowY === 'auto' || overflowY === 'scroll') && n.scrollHeight > n.clientHeight) return n
  }
  return null
}

/**
 * Scrolls the page's own scroller so the range sits mid-view. Not scrollIntoView: that also
 * scrolls the overflow-hidden frames of the window's layout, shifting the toolbar and panels.
 */
export function revealRange(editor: LexicalEditor, range: Range, options: { onlyIfHidden?: boolean; smooth?: boolean } = {}): void {
  const scroller = scrollParent(editor.getRootElement())
  if (!scroller || typeof scroller.scrollBy !== 'function') return
  const box = range.getBoundingClientRect()
  const view = scroller.getBoundingClientRect()
  if (options.onlyIfHidden && box.top >= view.top && box.bottom <= view.bottom) return
  scroller.scrollBy({ top: box.top - view.top - (view.height - box.height) / 2, behavior: options.smooth ? 'smooth' : 'auto' })
}

/** Selects the span in the editor and scrolls it to the middle of the page; false if gone. */
export function selectSpan(editor: LexicalEditor, span: Span): boolean {
  const points = pointsOf(editor, span)
  if (!points) return false
  editor.update(
    () => {
      $selectPoints(points)
    },
    { discrete: true }
  )
  editor.focus(() => {
    const range = domRangeFor(editor, span)
    if (range) revealRange(editor, range)
  })
  return true
}
