// The export view (Ctrl+Shift+E) and the publication preview, as an editor uses them.
import type { Locator, Page } from 'playwright-core'

export class ExportView {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('export-view')
  }
  get text(): Locator {
    return this.page.getByTestId('export-text')
  }
  get checks(): Locator {
    return this.page.getByTestId('check')
  }
  get preview(): Locator {
    return this.page.getByTestId('preview')
  }

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+E')
    await this.text.waitFor()
  }

  async openWithButton(): Promise<void> {
    await this.page.getByTestId('export-article').click()
    await this.text.waitFor()
  }

  /** The file as the view shows it: every line's text (marks keep their characters), joined. */
  async shownText(): Promise<string> {
    return this.text.evaluate((el: HTMLElement) => {
      const lines = Array.from(el.querySelectorAll('.export-line-text')).map((l) => l.textContent ?? '')
      return lines.join('\n') + (el.getAttribute('data-final-newline') === 'true' ? '\n' : '')
    })
  }

  /**
   * Where each of `parts` stands on screen in line `index` (0-based): the left edge of its first
   * occurrence. In a line read left to right, a part written later stands further right.
   */
  async partsLeft(index: number, parts: string[]): Promise<number[]> {
    return this.text.evaluate(
      (el: HTMLElement, [i, wanted]) => {
        const line = el.querySelectorAll('.export-line-text')[i]!
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
        const nodes: Node[] = []
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n)
        return wanted.map((part) => {
          for (const node of nodes) {
            const at = (node.textContent ?? '').indexOf(part)
            if (at < 0) continue
            const range = document.createRange()
            range.setStart(node, at)
            range.setEnd(node, at + part.length)
            return range.getBoundingClientRect().left
          }
          throw new Error(`not on line ${i + 1}: ${part}`)
        })
      },
      [index, parts] as const
    )
  }

  /** The font families the file's text asks for, in order. */
  async textFonts(): Promise<string[]> {
    return this.text.evaluate((el: HTMLElement) =>
      getComputedStyle(el)
        .fontFamily.split(',')
        .map((f) => f.trim().replace(/^["']|["']$/g, ''))
    )
  }

  async marks(kind: string): Promise<number> {
    return this.text.locator(`[data-mark="${kind}"]`).count()
  }

  check(id: string): Locator {
    return this.page.locator(`[data-testid="check"][data-check="${id}"]`)
  }

  async severity(id: string): Promise<string | null> {
    return this.check(id).getAttribute('data-severity')
  }

  async chooseFormat(format: 'tagged' | 'html' | 'md' | 'docx'): Promise<void> {
    await this.page.getByTestId(`export-format-${format}`).click()
  }

  async close(): Promise<void> {
    await this.page.getByTestId('export-close').click()
    await this.root.waitFor({ state: 'detached' })
  }

  async openPreview(): Promise<void> {
    await this.page.getByTestId('export-preview').click()
    await this.page.getByTestId('publication').waitFor()
  }
}
