// Paints a store's spans (misspellings, typography issues) as one CSS Custom Highlight at a cost
// per keystroke that does not grow with the article. Chromium rebuilds the markers of every
// registered range after each DOM change, and keeps every live Range in step with each mutation,
// so only the blocks in or near the viewport are registered (again as the page scrolls), as
// StaticRanges. Ranges are kept per top-level block: a keystroke re-reads only the blocks it
// dirtied and moves their spans along with the edit until the store's next reading.
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical'
import { $blockParagraphs, pointAt, type MappedParagraph } from '../paragraphMap'
import { readBlocks } from '../blockReader'
import type { Touched } from '../bodyChanges'
import { textNodeOf } from './dom'
import { registry } from './registry'
import { shiftSpans } from './shiftSpans'
import type { TextSpan } from './highlight'

interface PaintedParagraph<T> {
  paragraph: MappedParagraph
  spans: T[]
}

interface PaintedBlock<T> {
  paragraphs: PaintedParagraph<T>[]
  /** One per span, in span order; null until the block first comes near the viewport. */
  ranges: (AbstractRange | null)[] | null
}

export interface SpanPainterOptions {
  /** The top-level blocks near the viewport, in document order; defaults to a look at the DOM. */
  nearViewport?: (painter: { keyOf(el: Element): NodeKey | undefined }) => NodeKey[]
}

/** How far beyond the viewport (in viewport heights) blocks are painted, so a scroll finds them ready. */
const MARGIN = 1

function sameSpans(a: readonly TextSpan[], b: readonly TextSpan[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end)
}

function samePieces(a: MappedParagraph, b: MappedParagraph): boolean {
  return a.text === b.text && a.pieces.length === b.pieces.length && a.pieces.every((p, i) => p.key === b.pieces[i]!.key && p.start === b.pieces[i]!.start)
}

/** The children of the editable around the viewport, found by bisection: O(log blocks) reads. */
function domNearViewport(editor: LexicalEditor, painter: { keyOf(el: Element): NodeKey | undefined }): NodeKey[] {
  const root = editor.getRootElement()
  if (!root) return []
  const children = root.children
  const height = root.ownerDocument.defaultView?.innerHeight ?? 0
  const top = -height * MARGIN
  const bottom = height * (1 + MARGIN)
  let lo = 0
  let hi = children.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (children[mid]!.getBoundingClientRect().bottom < top) lo = mid + 1
    else hi = mid
  }
  const keys: NodeKey[] = []
  for (let i = lo; i < children.length; i++) {
    const el = children[i]!
    if (el.getBoundingClientRect().top > bottom) break
    const key = painter.keyOf(el)
    if (key !== undefined) keys.push(key)
  }
  return keys
}

export class SpanPainter<T extends TextSpan> {
  private blocks = new Map<NodeKey, PaintedBlock<T>>()
  private readonly elementKeys = new WeakMap<Element, NodeKey>()
  private registered: AbstractRange[] = []
  private shownKeys: NodeKey[] = []
  private frame = 0
  /** Ranges made so far (tests count them). */
  rangesBuilt = 0

  constructor(
    private readonly editor: LexicalEditor,
    private readonly name: string,
    private readonly options: SpanPainterOptions = {}
  ) {}

  /** The ranges registered now, in document order. */
  get registeredRanges(): readonly AbstractRange[] {
    return this.registered
  }

  keyOf(el: Element): NodeKey | undefined {
    return this.elementKeys.get(el)
  }

  /**
   * The store's spans, against the paragraphs it read. A block whose paragraphs still read the
   * same, with the same spans, keeps its ranges; a paragraph that changed since the store read
   * it gets no spans until the store reads it again.
   */
  setSpans(texts: readonly string[], spans: readonly T[]): void {
    const byParagraph = new Map<number, T[]>()
    for (const s of spans) {
      if (s.end <= s.start) continue
      let list = byParagraph.get(s.paragraph)
      if (!list) byParagraph.set(s.paragraph, (list = []))
      list.push(s)
    }
    const next = new Map<NodeKey, PaintedBlock<T>>()
    let index = 0
    for (const block of readBlocks(this.editor)) {
      let any = false
      const paragraphs = block.paragraphs.map((paragraph) => {
        const i = index++
        const mine = paragraph.text === texts[i] ? (byParagraph.get(i) ?? []) : []
        if (mine.length > 0) any = true
        return { paragraph, spans: mine }
      })
      if (!any) continue
      const prev = this.blocks.get(block.key)
      const same =
        prev !== undefined &&
        prev.paragraphs.length === paragraphs.length &&
        prev.paragraphs.every((p, i) => samePieces(p.paragraph, paragraphs[i]!.paragraph) && sameSpans(p.spans, paragraphs[i]!.spans))
      next.set(block.key, { paragraphs, ranges: same ? prev.ranges : null })
      const el = this.editor.getElementByKey(block.key)
      if (el) this.elementKeys.set(el, block.key)
    }
    this.blocks = next
    this.refresh()
  }

  /**
   * After an edit: the blocks it touched read their paragraphs again, and their spans move with
   * the text around the edit (a span the edit went through is dropped). O(blocks touched).
   */
  edited(touchedBlocks: Touched): void {
    if (this.blocks.size === 0) return
    const state = this.editor.getEditorState()
    let changed = false
    state.read(() => {
      // Blocks added, removed or moved, or the whole state replaced: check every painted block.
      const touched = touchedBlocks === 'all' ? [...this.blocks.keys()] : touchedBlocks
      for (const key of touched) {
        const painted = this.blocks.get(key)
        if (!painted) continue
        const node = $getNodeByKey(key)
        const now = node ? $blockParagraphs(node) : []
        if (now.length !== painted.paragraphs.length) {
          this.blocks.delete(key)
          changed = true
          continue
        }
        if (painted.paragraphs.every((p, i) => samePieces(p.paragraph, now[i]!))) continue
        const paragraphs = painted.paragraphs.map((p, i) => ({ paragraph: now[i]!, spans: shiftSpans(p.paragraph.text, now[i]!.text, p.spans) }))
        if (paragraphs.every((p) => p.spans.length === 0)) this.blocks.delete(key)
        else this.blocks.set(key, { paragraphs, ranges: null })
        const el = this.editor.getElementByKey(key)
        if (el) this.elementKeys.set(el, key)
        changed = true
      }
    })
    // The same blocks as before: measuring the page here would force a layout inside the commit.
    if (changed) this.register(this.shownKeys.filter((k) => this.blocks.has(k)))
  }

  /** The page scrolled or was resized: paint what is near the viewport now, once per frame. */
  scrolled = (): void => {
    if (this.frame || this.blocks.size === 0) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.refresh()
    })
  }

  /** Registers the ranges of the blocks near the viewport, if they differ from those registered. */
  refresh(): void {
    this.register((this.options.nearViewport ?? ((p) => domNearViewport(this.editor, p)))(this).filter((k) => this.blocks.has(k)))
  }

  private register(keys: NodeKey[]): void {
    const ranges: AbstractRange[] = []
    for (const key of keys) for (const r of this.rangesOf(key)) if (r) ranges.push(r)
    this.shownKeys = keys
    if (ranges.length === this.registered.length && ranges.every((r, i) => r === this.registered[i])) return
    this.registered = ranges
    const highlights = registry()
    if (!highlights) return
    if (ranges.length === 0) highlights.delete(this.name)
    else highlights.set(this.name, new Highlight(...ranges))
  }

  /** The span under the point (x, y) of the window among those painted, or null. */
  spanAt(x: number, y: number): T | null {
    const doc = this.editor.getRootElement()?.ownerDocument
    if (!doc) return null
    const painted: { span: T; range: Range }[] = []
    for (const key of this.shownKeys) {
      const block = this.blocks.get(key)
      if (!block) continue
      const ranges = this.rangesOf(key)
      let i = 0
      for (const p of block.paragraphs)
        for (const span of p.spans) {
          const r = ranges[i++]
          if (!r) continue
          const live = doc.createRange()
          try {
            live.setStart(r.startContainer, r.startOffset)
            live.setEnd(r.endContainer, r.endOffset)
          } catch {
            continue
          }
          painted.push({ span, range: live })
        }
    }
    for (const { span, range } of painted) {
      for (const box of Array.from(range.getClientRects())) if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return span
    }
    // No box under the pointer (a zero-size point, the context-menu key): where the caret would land.
    const caret = typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint(x, y) : null
    if (!caret) return null
    return painted.find(({ range }) => range.comparePoint(caret.startContainer, caret.startOffset) === 0)?.span ?? null
  }

  /** Stops painting: the highlight is removed and pending work dropped. */
  clear(): void {
    if (this.frame) cancelAnimationFrame(this.frame)
    this.frame = 0
    this.blocks.clear()
    this.registered = []
    this.shownKeys = []
    registry()?.delete(this.name)
  }

  private rangesOf(key: NodeKey): (AbstractRange | null)[] {
    const block = this.blocks.get(key)!
    if (!block.ranges) block.ranges = block.paragraphs.flatMap(({ paragraph, spans }) => spans.map((s) => this.rangeFor(paragraph, s)))
    return block.ranges
  }

  private rangeFor(paragraph: MappedParagraph, span: TextSpan): AbstractRange | null {
    const a = pointAt(paragraph, span.start, 'start')
    const b = pointAt(paragraph, span.end, 'end')
    if (!a || !b) return null
    const from = textNodeOf(this.editor, a)
    const to = textNodeOf(this.editor, b)
    if (!from || !to) return null
    this.rangesBuilt++
    const init = { startContainer: from, startOffset: a.offset, endContainer: to, endOffset: b.offset }
    if (typeof StaticRange === 'function') return new StaticRange(init)
    const range = from.ownerDocument.createRange()
    range.setStart(from, a.offset)
    range.setEnd(to, b.offset)
    return range
  }
}
