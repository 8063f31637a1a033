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
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
    )
  }

  async viewport(): Promise<{ width: number; height: number }> {
    return this.page.evaluate(() => {
      return { width: innerWidth, height: innerHeight }
    })
  }

  /** Every element on screen that scrolls its content now (content taller than the element). */
  async scrollPanes(): Promise<ScrollPane[]> {
    return this.page.evaluate(() => {
      const out: { name: string; box: Box }[] = []
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const style = getComputedStyle(el)
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
        const el = document.querySelector(sel)
        if (!el) throw new Error(`no ${sel}`)
        const font = getComputedStyle(el).font
        const size = parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16')
        for (const t of list) await document.fonts.load(font, t)
        await document.fonts.ready
        const ctx = document.createElement('canvas').getContext('2d')
        if (!ctx) throw new Error('no 2d canvas')
        ctx.font = font
        return list.map((t) => ctx.measureText(t).actualBoundingBoxAscent / size)
      },
      [selector, texts] as const
    )
  }
}
