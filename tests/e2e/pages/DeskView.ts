// The editor's desk view as a person uses it: filters, search, the list, opening an article.
import type { Locator, Page } from 'playwright-core'

/** The editor's desk view: filters, search, the list, opening an article. */
export class DeskView {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('desk-view')
  }
  get rows(): Locator {
    return this.page.getByTestId('desk-row')
  }

  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.page.getByTestId('desk-view-toggle').click()
    await this.root.waitFor()
  }

  async titles(): Promise<string[]> {
    return this.page.getByTestId('desk-row-title').allInnerTexts()
  }

  async search(query: string): Promise<void> {
    await this.page.getByTestId('desk-search').fill(query)
  }

  async filter(patch: { status?: string; owner?: string; assigned?: string }): Promise<void> {
    if (patch.status !== undefined) await this.page.getByTestId('desk-filter-status').selectOption(patch.status)
    if (patch.owner !== undefined) await this.page.getByTestId('desk-filter-owner').fill(patch.owner)
    if (patch.assigned !== undefined) await this.page.getByTestId('desk-filter-assigned').fill(patch.assigned)
  }

  async openArticle(title: string): Promise<void> {
    await this.rows.filter({ hasText: title }).first().getByTestId('desk-open').click()
    await this.page.getByTestId('editor').waitFor()
  }
}
