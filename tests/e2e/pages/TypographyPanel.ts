// The typography side panel: issues with their fixes, "fix all", and the settings.
import type { Locator, Page } from 'playwright-core'
import { highlightedTexts, TYPOGRAPHY_HIGHLIGHT } from './SpellingPage'

export class TypographyPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('typography-panel')
  }
  get toggle(): Locator {
    return this.page.getByTestId('toggle-typography')
  }
  get issues(): Locator {
    return this.root.getByTestId('typography-issue')
  }

  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click()
    await this.root.waitFor()
  }

  issuesOf(rule: string): Locator {
    return this.root.locator(`[data-testid="typography-issue"][data-rule="${rule}"]`)
  }

  async rules(): Promise<string[]> {
    return this.issues.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''))
  }

  async fixFirst(rule: string): Promise<void> {
    await this.issuesOf(rule).first().getByTestId('typography-fix').click()
  }

  async fixAll(): Promise<void> {
    await this.root.getByTestId('typography-fix-all').click()
  }

  async setRule(rule: string, enabled: boolean): Promise<void> {
    await this.root.getByTestId('typography-settings').locator('summary').click()
    await this.root.getByTestId(`typography-rule-${rule}`).setChecked(enabled)
  }

  async underlined(): Promise<string[]> {
    return highlightedTexts(this.page, TYPOGRAPHY_HIGHLIGHT)
  }
}
