// The editor's find bar (Ctrl+F / Ctrl+H): query, options, count, next/previous, replace.
import type { Locator, Page } from 'playwright-core'

export const MATCH_HIGHLIGHT = 'amud-find-match'
export const CURRENT_HIGHLIGHT = 'amud-find-current'

export class FindBar {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('find-bar')
  }
  get query(): Locator {
    return this.page.getByRole('searchbox', { name: /ابحث في النص|Find in text/ })
  }
  get replacement(): Locator {
    return this.page.getByTestId('replace-input')
  }
  get count(): Locator {
    return this.page.getByTestId('find-count')
  }

  async openFind(): Promise<void> {
    await this.page.keyboard.press('Control+F')
    await this.root.waitFor()
  }

  async openReplace(): Promise<void> {
    await this.page.keyboard.press('Control+H')
    await this.replacement.waitFor()
  }

  async search(text: string): Promise<void> {
    await this.query.fill(text)
  }

  /** [current (1-based, 0 when none), total]. */
  async position(): Promise<[number, number]> {
    const [c, t] = await Promise.all([this.count.getAttribute('data-current'), this.count.getAttribute('data-total')])
    return [Number(c), Number(t)]
  }

  async option(name: 'exact' | 'whole-word' | 'match-case', on: boolean): Promise<void> {
    await this.page.getByTestId(`find-${name}`).setChecked(on)
  }

  async replaceAll(): Promise<void> {
    await this.page.getByTestId('replace-all').click()
  }

  async replaceOne(): Promise<void> {
    await this.page.getByTestId('replace-one').click()
  }

  /** The texts a highlight tints. */
  async highlighted(name: string): Promise<string[]> {
    return this.page.evaluate((n) => {
      const h = CSS.highlights.get(n)
      return h ? Array.from(h, (r) => r.toString()) : []
    }, name)
  }

  /** Where the current match starts, in characters of the body's text before it. */
  async currentOffset(): Promise<number> {
    return this.page.evaluate((n) => {
      const h = CSS.highlights.get(n)
      const r = h ? Array.from(h)[0] : undefined
      if (!r) return -1
      const before = document.createRange()
      before.setStart(document.querySelector('[data-testid="editor"]')!, 0)
      before.setEnd(r.startContainer, r.startOffset)
      return before.toString().length
    }, CURRENT_HIGHLIGHT)
  }
}
