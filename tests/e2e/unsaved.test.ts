// Words the library has not confirmed survive the page going away: while a save hangs, the
// words typed are stashed in the browser's storage (IndexedDB, written off the page's thread)
// every few seconds, so even when the page dies without its closing stash (as in a crash),
// opening the app again brings them back and saves them.
import type { Route } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { EditorPage } from './pages/EditorPage'
import { LibraryPage } from './pages/LibraryPage'
import { openApp, type App } from './pages/app'

let app: App | null = null

afterEach(async () => {
  await app?.close()
  app = null
})

/** The stash database as the page sees it, typed for tests compiled without the DOM library. */
interface StashPage {
  indexedDB: {
    open(name: string): {
      onsuccess: (() => void) | null
      onerror: (() => void) | null
      result: { transaction(s: string): { objectStore(s: string): { getAll(): { onsuccess: (() => void) | null; result: unknown[] } } } }
    }
  }
}

const LATE_WORDS = 'كلمات كتبت والحفظ معلق'

describe('unsaved words', () => {
  it('are stashed while a save hangs, and come back and are saved after the page dies', async () => {
    app = await openApp()
    const { library, editor } = app
    const page = app.browser.page
    await library.newArticle()
    await page.keyboard.insertText('عمود لا يضيع')
    await editor.typeInBody('الفقرة الأولى محفوظة.')
    await editor.waitSaved()

    // The library stops answering saves.
    const held: Route[] = []
    await page.route('**/api/saveArticle', (route) => void held.push(route))
    await editor.typeInBody(` ${LATE_WORDS}`)
    const stashed = (): Promise<string> =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = (globalThis as unknown as StashPage).indexedDB.open('amud-unsaved')
            open.onerror = () => resolve('')
            open.onsuccess = () => {
              const all = open.result.transaction('stash').objectStore('stash').getAll()
              all.onsuccess = () => resolve(all.result.join('\n'))
            }
          })
      )
    await expect.poll(stashed, { timeout: 15_000 }).toContain(LATE_WORDS)

    // The page goes as in a crash: its closing stash (localStorage) cannot be written and its
    // closing save never arrives. (Chromium's own Page.crash leaves the test browser unable to
    // open another page, so the crash is imitated.)
    await page.evaluate(() => {
      const storage = (globalThis as unknown as { Storage: { prototype: { setItem: unknown } } }).Storage
      storage.prototype.setItem = () => {
        throw new Error('the page is gone')
      }
    })
    // The held saves never reach the library (left to the closing page they might still arrive).
    for (const route of held) await route.abort().catch(() => undefined)
    await page.close()

    const again = await app.browser.context.newPage()
    await again.bringToFront()
    await new LibraryPage(again).open(app.host.url)
    const reopened = new EditorPage(again)
    await reopened.body.waitFor()
    await expect.poll(() => reopened.bodyText()).toContain(LATE_WORDS)
    // The held save may still reach the library as the page goes: the recovered words then meet
    // a conflict, and the writer keeps them. Polled (a page opened in the background may not run
    // animation frames).
    const conflict = again.getByTestId('conflict')
    await expect
      .poll(
        async () => {
          if (await conflict.isVisible()) await again.getByTestId('conflict-keep-mine').click()
          return reopened.saveState.getAttribute('data-state')
        },
        { timeout: 20_000 }
      )
      .toBe('saved')
    const [row] = await app.call<{ items: { id: string }[] }>('listArticles', { limit: 5 }).then((r) => r.items)
    const saved = await app.call<{ bodyText: string }>('getArticle', row!.id)
    expect(saved.bodyText).toContain(LATE_WORDS)
  })
})
