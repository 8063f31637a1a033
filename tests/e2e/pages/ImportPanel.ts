// Import as a person does it: the button's file picker (or Ctrl+O), or files dropped on the window.
import type { Locator, Page } from 'playwright-core'

export interface FileSpec {
  name: string
  mimeType: string
  /** The bytes, base64 (a test builds .docx files as binary). */
  base64: string
}

export class ImportPanel {
  constructor(readonly page: Page) {}

  get report(): Locator {
    return this.page.getByTestId('import-report')
  }
  get problems(): Locator {
    return this.page.getByTestId('import-problem')
  }

  async pick(files: FileSpec[], via: 'button' | 'shortcut' = 'button'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    if (via === 'button') await this.page.getByTestId('import').click()
    else await this.page.keyboard.press('Control+o')
    await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.base64, 'base64') })))
    await this.report.waitFor()
  }

  /** A drop on the window, its DataTransfer holding Files built in the page. */
  async drop(files: FileSpec[], target = 'body'): Promise<void> {
    await this.page.evaluate(
      ([specs, selector]) => {
        const data = new DataTransfer()
        for (const f of specs) {
          const binary = atob(f.base64)
          const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
          data.items.add(new File([bytes], f.name, { type: f.mimeType }))
        }
        const el = document.querySelector(selector)
        for (const type of ['dragenter', 'dragover', 'drop']) el?.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
      },
      [files, target] as const
    )
    await this.report.waitFor()
  }
}
