// The desktop app through playwright-core's Electron driver: the same basic scenario as the
// browser host. Electron cannot be downloaded on every machine; where its binary is missing the
// test says so and skips instead of failing.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { electronSkipReason, launchElectron, type LaunchedElectron } from '../support/electron'

if (electronSkipReason) console.log(`tests/e2e/electron/app.test.ts ${electronSkipReason}`)

describe.skipIf(electronSkipReason !== null)('desktop app', () => {
  let electron: LaunchedElectron
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    electron = await launchElectron()
    page = electron.page
    errors = electron.errors
  })
  afterAll(async () => {
    await electron?.close()
  })

  it('opens its window on the renderer with no errors', async () => {
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0)
    expect(await page.evaluate(() => window.amud.host)).toBe('electron')
    expect(errors).toEqual([])
  })

  it('creates an article through the preload that listArticles returns', async () => {
    const { id, ids } = await page.evaluate(async () => {
      const { amud } = window
      const created = await amud.createArticle({ title: 'عمود الاختبار' })
      const page = await amud.listArticles()
      return { id: created.id, ids: page.items.map((a) => a.id) }
    })
    expect(ids).toContain(id)
  })

  it('turns contract violations into AmudErrors', async () => {
    const code = await page.evaluate(async () => {
      const { amud } = window
      try {
        await amud.getArticle(42 as unknown as string)
        return 'no error'
      } catch (err) {
        return (err as { code?: string }).code
      }
    })
    expect(code).toBe('invalid')
  })
})
