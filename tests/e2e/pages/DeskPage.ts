// The desk as a person meets it in the window: the status bar's indicator, the connect dialog
// (from the settings), "Send to the desk", the article's desk line with presence, the desk view.
import type { Locator, Page } from 'playwright-core'

export class DeskPage {
  constructor(readonly page: Page) {}

  get indicator(): Locator {
    return this.page.getByTestId('desk-indicator').first()
  }
  get presence(): Locator {
    return this.page.getByTestId('desk-presence')
  }
  get articleInfo(): Locator {
    return this.page.getByTestId('desk-article-info')
  }
  get connectError(): Locator {
    return this.page.getByTestId('desk-connect-error')
  }

  async indicatorState(): Promise<{ state: string | null; waiting: string | null; text: string }> {
    const i = this.indicator
    return { state: await i.getAttribute('data-state'), waiting: await i.getAttribute('data-waiting'), text: (await i.innerText()).trim() }
  }

  /** Opens the connect dialog from the settings and tries to connect; resolves when connected or refused. */
  async connect(url: string, token: string): Promise<'connected' | string> {
    if (!(await this.page.getByTestId('desk-connect-dialog').isVisible())) await this.page.getByTestId('desk-settings').click()
    await this.page.getByTestId('desk-url').fill(url)
    await this.page.getByTestId('desk-token').fill(token)
    await this.page.getByTestId('desk-connect').click()
    const done = this.page.getByTestId('desk-connected-as').or(this.connectError)
    await done.first().waitFor({ timeout: 30_000 })
    if (await this.connectError.isVisible()) return (await this.connectError.innerText()).trim()
    await this.page.getByTestId('desk-connect-close').click()
    return 'connected'
  }

  async closeConnect(): Promise<void> {
    await this.page.getByTestId('desk-connect-close').click()
  }

  /** "Send to the desk" on the open article, to `editor`, with `note`. */
  async send(editor: string, note: string): Promise<void> {
    await this.page.getByTestId('desk-send-open').click()
    const select = this.page.getByTestId('desk-send-editor')
    await select.locator('option', { hasText: editor }).waitFor({ state: 'attached' })
    await select.selectOption(editor)
    await this.page.getByTestId('desk-send-note').fill(note)
    await this.page.getByTestId('desk-send-confirm').click()
    await this.page.getByTestId('desk-send-dialog').waitFor({ state: 'detached', timeout: 30_000 })
  }
}
