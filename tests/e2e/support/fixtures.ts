// Each end-to-end test's apps, as vitest fixtures: `app` is a fresh app at the usual size,
// opened only for a test that asks for it; `openApp` opens more (another size, a second person).
// Every app a test opened is closed after it, passed or failed.
import { test } from 'vitest'
import { openApp, type App, type AppOptions } from '../pages/app'

export interface AppFixtures {
  /** A fresh app (1440×900) on its own library, closed after the test. */
  app: App
  /** Opens one more app for this test; each is closed after the test. */
  openApp: (options?: AppOptions) => Promise<App>
}

export const it = test.extend<AppFixtures>({
  openApp: async ({}, use) => {
    const opened: App[] = []
    await use(async (options) => {
      const app = await openApp(options)
      opened.push(app)
      return app
    })
    // One at a time, and every one even if another fails to close.
    const failures: unknown[] = []
    for (const app of opened) await app.close().catch((e: unknown) => failures.push(e))
    if (failures.length > 0) throw failures[0]
  },
  app: async ({ openApp }, use) => {
    await use(await openApp())
  }
})

export { it as test }
