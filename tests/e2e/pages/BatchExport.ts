// The library's checkboxes and the batch export dialog.
import type { Locator, Page } from 'playwright-core'

export class BatchExport {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('batch-export')
  }
  get checks(): Locator {
    return this.page.getByTestId('article-check')
  }
  get summary(): Locator {
    return this.page.getByTestId('batch-summary')
  }

  async selectedCount(): Promise<number> {
    const bar = this.page.getByTestId('selection-count')
    if ((await bar.count()) === 0) return 0
    return Number((await bar.innerText()).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\D/g, ''))
  }

  async counts(): Promise<{ written: number; skipped: number; failed: number }> {
    const n = async (name: string): Promise<number> => Number(await this.summary.getAttribute(`data-${name}`))
    return { written: await n('written'), skipped: await n('skipped'), failed: await n('failed') }
  }

  async selectAllReady(): Promise<void> {
    await this.page.getByTestId('select-ready').click()
  }

  async open(): Promise<void> {
    await this.page.getByTestId('batch-export-open').click()
    await this.dialog.waitFor()
  }

  async exportTo(folder: string, format = 'tagged'): Promise<void> {
    await this.page.getByTestId('batch-format').selectOption(format)
    await this.page.getByTestId('batch-folder').fill(folder)
    await this.page.getByTestId('batch-run').click()
    await this.summary.waitFor()
  }
}
