// The library sidebar as a person uses it: search, filters, the list, new article, trash.
import type { Locator, Page } from 'playwright-core'

export class LibraryPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('library')
  }
  get search(): Locator {
    return this.page.getByTestId('library-search')
  }
  get items(): Locator {
    return this.page.getByTestId('article-item')
  }
  get statusFilter(): Locator {
    return this.page.getByTestId('filter-status')
  }
  get authorFilter(): Locator {
    return this.page.getByTestId('filter-author')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' })
    await this.root.waitFor()
  }

  async newArticle(): Promise<void> {
    const before = await this.items.count()
    await this.page.getByTestId('new-article').click()
    await this.page.getByTestId('editor').waitFor()
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="article-item"]').length > n, before)
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('article-item-title').getByText(title, { exact: true }) })
  }

  async openArticle(title: string): Promise<void> {
    await this.item(title).first().click()
    await this.page.getByTestId('editor').waitFor()
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query)
    await this.page.getByTestId('search-results').or(this.page.locator('.library-list .list-note')).first().waitFor()
  }

  /** Titles of the search results, and the highlighted words of their titles and snippets. */
  async results(): Promise<{ titles: string[]; marks: string[]; count: string }> {
    const results = this.page.getByTestId('search-results')
    await results.waitFor()
    return {
      titles: await results.getByTestId('article-item-title').allInnerTexts(),
      marks: await results.locator('mark').allInnerTexts(),
      count: await this.page.getByTestId('search-count').innerText()
    }
  }

  /** Opens the search box's help and returns what it says. */
  async searchHelp(): Promise<string> {
    const help = this.page.getByTestId('search-help')
    await help.locator('summary').click()
    return help.locator('p').innerText()
  }

  async clearSearch(): Promise<void> {
    await this.search.fill('')
    await this.page.getByTestId('article-list').waitFor()
  }

  async filterByStatus(status: string): Promise<void> {
    await this.statusFilter.selectOption(status)
  }

  async titles(): Promise<string[]> {
    return this.page.getByTestId('article-item-title').allInnerTexts()
  }

  async count(status: 'draft' | 'editing' | 'ready' | 'published'): Promise<number> {
    const text = await this.page.getByTestId(`count-${status}`).locator('.count').innerText()
    return Number(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)))
  }

  async showTrash(): Promise<void> {
    await this.page.getByTestId('trash-toggle').click()
  }
}
