// One fresh app per test: a browser host on a temporary library and a fresh Chromium
// profile, with the page objects on top. Screenshots go to test-results/.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser, type LaunchedBrowser } from '../support/browser'
import { ROOT, startHost, type RunningHost } from '../support/host'
import { callApi } from '../support/http'
import { EditorPage } from './EditorPage'
import { LibraryPage } from './LibraryPage'
import { PullQuotePanel } from './PullQuotePanel'
import { RevisionsPanel } from './RevisionsPanel'

export const RESULTS = join(ROOT, 'test-results')

export interface App {
  host: RunningHost
  browser: LaunchedBrowser
  library: LibraryPage
  editor: EditorPage
  revisions: RevisionsPanel
  pullQuotes: PullQuotePanel
  /** A contract call straight to the host, as another window or tool would make it. */
  call<T>(method: string, ...args: unknown[]): Promise<T>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

export interface AppOptions {
  width?: number
  height?: number
}

export async function openApp(options: AppOptions = {}): Promise<App> {
  const host = await startHost()
  let browser: LaunchedBrowser
  try {
    browser = await launchBrowser()
  } catch (e) {
    await host.stop()
    throw e
  }
  const { page } = browser
  await page.setViewportSize({ width: options.width ?? 1440, height: options.height ?? 900 })
  const library = new LibraryPage(page)
  let closing: Promise<void> | undefined
  try {
    await library.open(host.url)
  } catch (e) {
    await browser.close().catch(() => undefined)
    await host.stop()
    throw e
  }
  return {
    host,
    browser,
    library,
    editor: new EditorPage(page),
    revisions: new RevisionsPanel(page),
    pullQuotes: new PullQuotePanel(page),
    async call<T>(method: string, ...args: unknown[]): Promise<T> {
      const reply = (await callApi(host.origin, host.token, method, args)) as { ok: boolean; value?: T; error?: { message: string } }
      if (!reply.ok) throw new Error(`${method}: ${reply.error?.message}`)
      return reply.value as T
    },
    async screenshot(name: string): Promise<string> {
      mkdirSync(RESULTS, { recursive: true })
      const path = join(RESULTS, name)
      await page.screenshot({ path })
      return path
    },
    /** Closes the browser, then the host; a second call waits for the first. */
    close(): Promise<void> {
      closing ??= (async () => {
        await browser.close().catch(() => undefined)
        await host.stop()
      })()
      return closing
    }
  }
}
