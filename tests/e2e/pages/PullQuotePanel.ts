// The pull-quote side panel and the pull-quote field's state, as a columnist uses them.
import type { Locator, Page } from 'playwright-core'

export const CANDIDATE_HIGHLIGHT = 'amud-pullquote-candidate'

export class PullQuotePanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('pullquote-panel')
  }
  get toggle(): Locator {
    return this.page.getByTestId('toggle-pullquotes')
  }
  get candidates(): Locator {
    return this.root.getByTestId('pullquote-candidate')
  }
  /** The field's state: data-state is found, missing or empty. */
  get state(): Locator {
    return this.page.getByTestId('pullquote-state')
  }
  get undoButton(): Locator {
    return this.root.getByTestId('pullquote-undo')
  }

  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click()
    await this.root.waitFor()
  }

  async candidateText(index: number): Promise<string> {
    return this.candidates.nth(index).locator('.pq-text').innerText()
  }

  async reasons(index: number): Promise<string[]> {
    return this.candidates.nth(index).locator('.pq-reasons li').allInnerTexts()
  }

  async choose(index: number): Promise<void> {
    await this.candidates.nth(index).getByTestId('pullquote-choose').click()
  }

  async undo(): Promise<void> {
    await this.undoButton.click()
  }

  async stateValue(): Promise<string | null> {
    return this.state.getAttribute('data-state')
  }

  async showInText(): Promise<void> {
    await this.state.getByTestId('pullquote-show').click()
  }

  /** The text of every range the candidate highlight paints now ([] when none). */
  async highlighted(): Promise<string[]> {
    return this.page.evaluate((name) => {
      const h = CSS.highlights.get(name)
      return h ? Array.from(h, (r) => r.toString()) : []
    }, CANDIDATE_HIGHLIGHT)
  }
}
