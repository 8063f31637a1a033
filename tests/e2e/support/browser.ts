// Debian's Chromium driven by playwright-core, one fresh profile per test, with every console
// error and uncaught page error collected so a test can assert there were none.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.AMUD_CHROMIUM ?? '/usr/bin/chromium'

// Without these, Chromium keeps trying to reach Google's services from a machine that has no network.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface LaunchedBrowser {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions, from every page of the context. */
  errors: string[]
  close(): Promise<void>
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'amud-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: QUIET_FLAGS
  })
  const errors: string[] = []
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url || 'no location'})`)
    })
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  }
  context.pages().forEach(watch)
  context.on('page', watch)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
