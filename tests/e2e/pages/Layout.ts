// How the writing room sits in the window: boxes, scroll panes and the glyphs the page's fonts
// draw, measured as the person sees them (issue 12's layout under real data).
import type { Page } from 'playwright-core'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A scroll pane: an element whose content is taller than it and that scrolls it. */
export interface ScrollPane {
  name: string
  box: Box
}

interface LayoutPage {
  document: {
    querySelector(s: string): LayoutEl | null
    querySelectorAll(s: string): ArrayLike<LayoutEl>
    fonts: { load(font: string, text: string): Promise<unknown>; ready: Promise<unknown> }
    createElement(tag: 'canvas'): { getContext(kind: '2d'): { font: string; measureText(t: string): { actualBoundingBoxAscent: number } } }
  }
  getComputedStyle(el: LayoutEl): { overflowY: string; font: string; display: string; visibility: string }
  innerWidth: number
  innerHeight: number
}
interface LayoutEl {
  scrollHeight: number
  clientHeight: number
  className: string
  tagName: string
  getAttribute(n: string): string | null
  getBoundingClientRect(): Box
}

export class Layout {
  constructor(readonly page: Page) {}

  async box(selector: string): Promise<Box> {
    const box = await this.page.locator(selector).first().boundingBox()
    if (!box) throw new Error(`not on screen: ${selector}`)
    return box
  }

  /** The boxes of an element's children that take space on screen. */
  async childBoxes(selector: string): Promise<Box[]> {
    return this.page.locator(`${selector} > *`).evaluateAll((els) =>
      els
        .map((e) => (e as unknown as LayoutEl).getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
    )
  }

  async viewport(): Promise<{ width: number; height: number }> {
    return this.page.evaluate(() => {
      const w = globalThis as unknown as LayoutPage
      return { width: w.innerWidth, height: w.innerHeight }
    })
  }

  /** Every element on screen that scrolls its content now (content taller than the element). */
  async scrollPanes(): Promise<ScrollPane[]> {
    return this.page.evaluate(() => {
      const w = globalThis as unknown as LayoutPage
      const out: { name: string; box: Box }[] = []
      for (const el of Array.from(w.document.querySelectorAll('body *'))) {
        const style = w.getComputedStyle(el)
        if (!/(auto|scroll)/.test(style.overflowY) || el.scrollHeight <= el.clientHeight + 1) continue
        const r = el.getBoundingClientRect()
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue
        const name = el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`
        out.push({ name, box: { x: r.x, y: r.y, width: r.width, height: r.height } })
      }
      return out
    })
  }

  /**
   * Ink heights (ascent above the baseline, in em) of each text as the fonts of `selector` draw
   * it, after those fonts have loaded for it.
   */
  async inkHeights(selector: string, texts: string[]): Promise<number[]> {
    return this.page.evaluate(
      async ([sel, list]) => {
        const w = globalThis as unknown as LayoutPage
        const el = w.document.querySelector(sel as string)
        if (!el) throw new Error(`no ${sel as string}`)
        const font = w.getComputedStyle(el).font
        const size = parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16')
        for (const t of list as string[]) await w.document.fonts.load(font, t)
        await w.document.fonts.ready
        const ctx = w.document.createElement('canvas').getContext('2d')
        ctx.font = font
        return (list as string[]).map((t) => ctx.measureText(t).actualBoundingBoxAscent / size)
      },
      [selector, texts] as const
    )
  }
}
