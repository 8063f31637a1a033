// The "my dictionary" panel beside the page: the person's own words, a filter, remove buttons.
import type { Locator, Page } from 'playwright-core'

export class DictionaryPanel {
  constructor(readonly page: Page) {}

  get toggle(): Locator {
    return this.page.getByTestId('toggle-dictionary')
  }
  get root(): Locator {
    return this.page.getByTestId('dictionary-panel')
  }
  get words(): Locator {
    return this.root.getByTestId('dictionary-word')
  }
  get empty(): Locator {
    return this.root.getByTestId('dictionary-empty')
  }

  async open(): Promise<void> {
    await this.toggle.click()
    await this.root.waitFor()
  }

  async wordTexts(): Promise<string[]> {
    return this.words.locator('span').allInnerTexts()
  }

  async remove(word: string): Promise<void> {
    await this.root.getByRole('button', { name: new RegExp(word) }).click()
  }
}
