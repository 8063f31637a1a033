// The revisions side panel: the list, a revision's diff and preview, restore.
import type { Locator, Page } from 'playwright-core'

export class RevisionsPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('revisions')
  }
  get items(): Locator {
    return this.root.getByTestId('revision-item')
  }
  get diff(): Locator {
    return this.root.getByTestId('revision-diff')
  }
  get preview(): Locator {
    return this.root.getByTestId('revision-preview')
  }

  /** Revisions are listed newest first; `index` counts from the newest. */
  async select(index: number): Promise<void> {
    const item = this.items.nth(index)
    await item.click()
    await item.and(this.page.locator('[aria-pressed="true"]')).waitFor()
  }

  /** Shows the selected revision's text, once it is that revision's (not the one shown before). */
  async showPreview(): Promise<void> {
    await this.root.getByTestId('revision-show-preview').click()
    const selected = await this.items.and(this.page.locator('[aria-pressed="true"]')).getAttribute('data-revision')
    await this.root.locator(`[data-testid="revision-preview"][data-revision="${selected}"]`).waitFor()
  }

  async showDiff(): Promise<void> {
    await this.root.getByTestId('revision-show-diff').click()
    await this.diff.waitFor()
  }

  async restore(): Promise<void> {
    await this.root.getByTestId('revision-restore').click()
    await this.root.getByRole('status').waitFor()
  }
}
