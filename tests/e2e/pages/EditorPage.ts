// The writing room: title, author, status, pull quote, the Lexical body, toolbar, status bar.
import type { Locator, Page } from 'playwright-core'

export type SaveState = 'saved' | 'saving' | 'error'

export class EditorPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByTestId('article-title')
  }
  get body(): Locator {
    return this.page.getByTestId('editor')
  }
  get status(): Locator {
    return this.page.getByTestId('article-status')
  }
  get author(): Locator {
    return this.page.getByTestId('article-author')
  }
  get pullQuote(): Locator {
    return this.page.getByTestId('pull-quote')
  }
  get saveState(): Locator {
    return this.page.getByTestId('save-state')
  }
  get blocks(): Locator {
    return this.body.locator(':scope > *')
  }

  async setTitle(text: string): Promise<void> {
    await this.title.click()
    await this.title.press('Control+A')
    await this.page.keyboard.insertText(text)
  }

  /** Clicks at the end of the body and types (insertText: an IME-like insertion, any script). */
  async typeInBody(text: string): Promise<void> {
    await this.focusBodyEnd()
    await this.page.keyboard.insertText(text)
  }

  async focusBodyEnd(): Promise<void> {
    await this.body.click()
    await this.page.keyboard.press('Control+End')
  }

  /** Types paragraphs, pressing Enter between them. */
  async typeParagraphs(paragraphs: string[]): Promise<void> {
    await this.focusBodyEnd()
    for (const [i, p] of paragraphs.entries()) {
      if (i > 0) await this.page.keyboard.press('Enter')
      await this.page.keyboard.insertText(p)
    }
  }

  async waitForSaveState(state: SaveState, timeout = 10_000): Promise<void> {
    await this.page.waitForFunction((s) => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === s, state, { timeout })
  }

  async waitSaved(): Promise<void> {
    // A change schedules a save; "saved" then means the library has it.
    await this.waitForSaveState('saved')
  }

  async saveNow(): Promise<void> {
    await this.page.keyboard.press('Control+S')
    await this.waitSaved()
  }

  async bodyText(): Promise<string> {
    return this.body.innerText()
  }

  async blockDirections(): Promise<{ text: string; dir: string; computed: string }[]> {
    return this.body.evaluate((el: HTMLElement) =>
      Array.from(el.querySelectorAll<HTMLElement>(':scope > *')).map((c) => ({
        text: c.innerText,
        dir: c.getAttribute('dir') ?? '',
        computed: getComputedStyle(c).direction
      }))
    )
  }

  /** Pastes HTML the way the system clipboard delivers it: a paste event with a DataTransfer. */
  async pasteHtml(html: string, plain = ''): Promise<void> {
    await this.body.evaluate(
      (el: HTMLElement, [h, p]) => {
        const data = new DataTransfer()
        data.setData('text/html', h!)
        data.setData('text/plain', p!)
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      [html, plain]
    )
  }

  /** Selects the first occurrence of `text` in the body, as a drag with the mouse would. */
  async selectText(text: string): Promise<void> {
    await this.body.evaluate((el: HTMLElement, wanted: string) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(wanted)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + wanted.length)
        const selection = getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        // In sight, so a pointer can reach it.
        node.parentElement?.scrollIntoView({ block: 'nearest' })
        return
      }
      throw new Error(`not in the body: ${wanted}`)
    }, text)
    // Lexical takes the selection over on the next selectionchange.
    await this.page.waitForFunction((t) => getSelection()?.toString() === t, text)
  }

  /** Where the selection is on screen (to right-click on it). */
  async selectionBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.page.evaluate(() => {
      const r = getSelection()!.getRangeAt(0).getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    })
  }

  /** The text selected in the page now. */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() => getSelection()?.toString() ?? '')
  }

  /** The author's name as the header shows it (the whole name, however it is cut on screen). */
  async authorName(): Promise<string> {
    return (await this.page.getByTestId('article-author-name').textContent())?.trim() ?? ''
  }

  get authorSearch(): Locator {
    return this.page.getByTestId('author-search')
  }
  get authorOptions(): Locator {
    return this.page.getByTestId('author-option')
  }

  /** Opens the author list and types part of a name in its search field. */
  async searchAuthors(part: string): Promise<void> {
    if ((await this.authorSearch.count()) === 0) await this.author.click()
    await this.authorSearch.fill(part)
  }

  /** Chooses an author by typing part of the name, then clicking the whole name in the list. */
  async chooseAuthor(part: string, name: string): Promise<void> {
    await this.searchAuthors(part)
    await this.authorOptions
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .first()
      .click()
  }

  /** "New author…", at the end of the list: opens the form. */
  async chooseNewAuthor(): Promise<void> {
    await this.author.click()
    await this.authorOptions.last().click()
    await this.page.getByTestId('author-form').waitFor()
  }

  async setStatus(status: string): Promise<void> {
    await this.status.selectOption(status)
  }

  async setParagraphDirection(dir: 'auto' | 'rtl' | 'ltr'): Promise<void> {
    await this.page.getByTestId('paragraph-direction').selectOption(dir)
  }

  async openRevisions(): Promise<void> {
    await this.page.getByTestId('toggle-revisions').click()
    await this.page.getByTestId('revisions').waitFor()
  }
}
