// Keeps the comment groups level with their paragraphs, like a word processor's margin. The
// groups are placed once in the text's own coordinates (paragraph tops read in one pass, then
// stacked by stackTops, then written); scrolling the text only moves the layer that holds them,
// by one transform. Measuring happens in a requestAnimationFrame after a ResizeObserver (the
// body, the page, the margin or a group changed size) or after the anchors moved to other
// paragraphs; never in the typing path.
import type { LexicalEditor } from 'lexical'
import { useEffect, useState } from 'react'
import { $paragraphMap } from '../../editor/body/paragraphMap'
import { stackTops } from './marginLayout'

const GAP = 8
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th'

class Margin {
  private frameEl: HTMLElement | null = null
  private layerEl: HTMLElement | null = null
  private readonly groups = new Map<number, HTMLElement>()
  private readonly groupRefs = new Map<number, (el: HTMLElement | null) => void>()
  private order: readonly number[] = []
  private raf = 0
  private full = false
  private readonly observer = new ResizeObserver(() => this.schedule(true))
  private detachRoot = (): void => undefined

  constructor(private readonly editor: LexicalEditor) {}

  /** The margin's frame (clips what is outside it). */
  readonly track = (el: HTMLElement | null): void => {
    if (this.frameEl) this.observer.unobserve(this.frameEl)
    this.frameEl = el
    if (el) this.observer.observe(el)
  }

  /** The layer inside the frame that follows the text's scroll. */
  readonly layer = (el: HTMLElement | null): void => {
    this.layerEl = el
  }

  /** Each paragraph's group, by paragraph index (the same callback each time, so React keeps it). */
  readonly group = (paragraph: number): ((el: HTMLElement | null) => void) => {
    let ref = this.groupRefs.get(paragraph)
    if (!ref) {
      ref = (el) => {
        const old = this.groups.get(paragraph)
        if (old) this.observer.unobserve(old)
        if (el) {
          this.groups.set(paragraph, el)
          this.observer.observe(el)
        } else this.groups.delete(paragraph)
      }
      this.groupRefs.set(paragraph, ref)
    }
    return ref
  }

  /** Sends a wheel over the margin to the text, so there is one scroll. */
  readonly onWheel = (e: React.WheelEvent): void => {
    this.scroller()?.scrollBy({ top: e.deltaY, left: 0 })
  }

  /** The anchored paragraphs in the text's order, one group each. */
  setOrder(order: readonly number[]): void {
    this.order = order
    this.schedule(true)
  }

  start(): () => void {
    const onScroll = (): void => this.schedule(false)
    // Again after a stop (React's strict mode runs effects twice): the frame and the groups.
    if (this.frameEl) this.observer.observe(this.frameEl)
    for (const el of this.groups.values()) this.observer.observe(el)
    const stop = this.editor.registerRootListener((root) => {
      this.detachRoot()
      this.detachRoot = () => undefined
      const box = root?.closest<HTMLElement>('.page-scroll')
      if (!root || !box) return
      const page = root.closest<HTMLElement>('.page')
      this.observer.observe(root)
      if (page) this.observer.observe(page)
      box.addEventListener('scroll', onScroll, { passive: true })
      window.addEventListener('resize', onScroll)
      this.detachRoot = () => {
        this.observer.unobserve(root)
        if (page) this.observer.unobserve(page)
        box.removeEventListener('scroll', onScroll)
        window.removeEventListener('resize', onScroll)
      }
    })
    return () => {
      stop()
      this.detachRoot()
      this.observer.disconnect()
      cancelAnimationFrame(this.raf)
      this.raf = 0
    }
  }

  private scroller(): HTMLElement | null {
    return this.editor.getRootElement()?.closest<HTMLElement>('.page-scroll') ?? null
  }

  private schedule(measure: boolean): void {
    if (measure) this.full = true
    if (this.raf === 0) this.raf = requestAnimationFrame(() => this.run())
  }

  private run(): void {
    this.raf = 0
    const box = this.scroller()
    const frame = this.frameEl
    const layer = this.layerEl
    if (!box || !frame || !layer) return
    if (this.full) {
      this.full = false
      this.place(box)
    }
    // Only the layer moves with the scroll: the text's content top, seen from the frame.
    layer.style.transform = `translateY(${box.getBoundingClientRect().top - frame.getBoundingClientRect().top - box.scrollTop}px)`
  }

  // The groups in the scroller's content coordinates: all reads first, then all writes.
  private place(box: HTMLElement): void {
    const map = this.editor.getEditorState().read(() => $paragraphMap())
    const contentTop = box.getBoundingClientRect().top - box.scrollTop
    const items = this.order.map((p) => {
      const el = this.groups.get(p) ?? null
      const key = map[p]?.pieces[0]?.key
      const block = key ? this.editor.getElementByKey(key)?.closest(BLOCKS) : null
      // The group's label is above its first card; the card is what sits level with the paragraph.
      const lead = el?.querySelector<HTMLElement>('.comment-card')?.offsetTop ?? 0
      return { el, top: block ? block.getBoundingClientRect().top - contentTop - lead : null, height: el?.offsetHeight ?? 0 }
    })
    let last = 0
    const tops = stackTops(
      items.map((it) => (last = it.top ?? last)),
      items.map((it) => it.height),
      GAP
    )
    items.forEach((it, i) => {
      if (it.el) it.el.style.transform = `translateY(${tops[i]}px)`
    })
  }
}

/** The margin for the anchored paragraphs `order` (indexes in the text's order). */
export function useMargin(editor: LexicalEditor, order: readonly number[]): Margin {
  const [margin] = useState(() => new Margin(editor))
  useEffect(() => margin.start(), [margin])
  // The anchors moved to other paragraphs (or comments came and went): place again.
  const signature = order.join(',')
  useEffect(() => margin.setOrder(signature === '' ? [] : signature.split(',').map(Number)), [margin, signature])
  return margin
}
