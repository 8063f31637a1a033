// Words the library has not confirmed survive the page going away: while a save hangs, the
// words typed are stashed in the browser's storage (IndexedDB, written off the page's thread)
// every few seconds, so even when the page dies without its closing stash (as in a crash),
// opening the app again brings them back and saves them. A save of the page's own that reached
// the library while its answer was lost (a reload just after typing) is no conflict: the library
// holds the very words the page brings back.
import type { Page, Route } from 'playwright-core'
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { EditorPage } from './pages/EditorPage'
import { LibraryPage } from './pages/LibraryPage'
import type { App } from './pages/app'

const LATE_WORDS = 'كلمات كتبت والحفظ معلق'

/** Holds every save the page sends, unanswered, until the test lets one go. */
async function holdSaves(page: Page): Promise<Route[]> {
  const held: Route[] = []
  await page.route('**/api/saveArticle', (route) => void held.push(route))
  return held
}

/** The closing-time stash the page wrote for its article (localStorage), or ''. */
function localStash(page: Page): Promise<string> {
  return page.evaluate(() => {
    const storage = localStorage
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? ''
      if (key.startsWith('amud.unsaved.')) return storage.getItem(key) ?? ''
    }
    return ''
  })
}

interface Saved {
  version: number
  bodyText: string
}

describe('unsaved words', () => {
  it('are stashed while a save hangs, and come back and are saved after the page dies', async ({ app }) => {
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
            const open = indexedDB.open('amud-unsaved')
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
      Storage.prototype.setItem = () => {
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
    // The held save may still reach the library as the page goes: then the library already holds
    // the recovered words, which is no conflict. Either way they end up saved, with no dialog.
    // Polled (a page opened in the background may not run animation frames).
    await expect.poll(() => reopened.saveState.getAttribute('data-state'), { timeout: 20_000 }).toBe('saved')
    expect(await again.getByTestId('conflict').isVisible()).toBe(false)
    const [row] = await app.call<{ items: { id: string }[] }>('listArticles', { limit: 5 }).then((r) => r.items)
    const saved = await app.call<{ bodyText: string }>('getArticle', row!.id)
    expect(saved.bodyText).toContain(LATE_WORDS)
  })
  /**
   * Writes, then the page's save reaches the library but its answer is lost (the page reloads):
   * the page stashed its words on a version the library has since moved past, with those words.
   */
  async function savedButUnanswered(opened: App): Promise<{ app: App; held: Route[]; version: number }> {
    const { library, editor } = opened
    const page = opened.browser.page
    await library.newArticle()
    await page.keyboard.insertText('عمود يعاد تحميله')
    await editor.typeInBody('الفقرة الأولى محفوظة.')
    await editor.waitSaved()
    const [row] = await opened.call<{ items: { id: string }[] }>('listArticles', { limit: 5 }).then((r) => r.items)
    const { version } = await opened.call<Saved>('getArticle', row!.id)
    const held = await holdSaves(page)
    await editor.typeInBody(` ${LATE_WORDS}`)
    await expect.poll(() => held.length).toBeGreaterThan(0)
    return { app: opened, held, version }
  }

  async function reopen(a: App): Promise<EditorPage> {
    const again = await a.browser.context.newPage()
    await again.bringToFront()
    await new LibraryPage(again).open(a.host.url)
    const reopened = new EditorPage(again)
    await reopened.body.waitFor()
    await expect.poll(() => reopened.bodyText()).toContain(LATE_WORDS)
    return reopened
  }

  it('bring no conflict when the save reached the library before the page went', async ({ app }) => {
    const { app: a, held, version } = await savedButUnanswered(app)
    const page = a.browser.page
    // The save reaches the library; the page never hears back, stashes its words and goes.
    const reply = await held[0]!.fetch()
    expect(reply.ok()).toBe(true)
    await held[0]!.abort()
    await expect.poll(() => localStash(page)).toContain(LATE_WORDS)
    await page.close()

    const reopened = await reopen(a)
    // Recovered and found in the library: nothing to choose, nothing to save again.
    await expect.poll(() => localStash(reopened.page)).toBe('')
    await expect.poll(() => reopened.saveState.getAttribute('data-state'), { timeout: 20_000 }).toBe('saved')
    expect(await reopened.page.getByTestId('conflict').isVisible()).toBe(false)
    const [row] = await a.call<{ items: { id: string }[] }>('listArticles', { limit: 5 }).then((r) => r.items)
    const saved = await a.call<Saved>('getArticle', row!.id)
    expect(saved.version).toBe(version + 1)
    expect(saved.bodyText).toContain(LATE_WORDS)
  })

  it('bring no conflict when that save reaches the library only after the page reopened', async ({ app }) => {
    const { app: a, held, version } = await savedButUnanswered(app)
    const page = a.browser.page
    const lateSave = held[0]!.request().postData() ?? ''
    // No save leaves this page again, not even its closing one (a route does not hold a page
    // that is closing): the held save is the one that will arrive late.
    await page.evaluate(() => {
      const real = window.fetch
      window.fetch = (url, init) => (String(url).includes('saveArticle') ? Promise.reject(new Error('the page is gone')) : real(url, init))
    })
    await held[0]!.abort()
    await expect.poll(() => localStash(page)).toContain(LATE_WORDS)
    await page.close()

    // The reopened page reads the article before the closing page's save arrives, and brings
    // the words back as unsaved; its own save waits.
    const again = await a.browser.context.newPage()
    const heldAgain = await holdSaves(again)
    await again.bringToFront()
    await new LibraryPage(again).open(a.host.url)
    const reopened = new EditorPage(again)
    await reopened.body.waitFor()
    await expect.poll(() => reopened.bodyText()).toContain(LATE_WORDS)
    await expect.poll(() => heldAgain.length).toBeGreaterThan(0)
    // Now the closing page's save arrives, then the reopened page's.
    await a.call('saveArticle', ...(JSON.parse(lateSave) as unknown[]))
    for (const route of heldAgain) await route.continue()
    await again.unroute('**/api/saveArticle')
    await expect.poll(() => reopened.saveState.getAttribute('data-state'), { timeout: 20_000 }).toBe('saved')
    expect(await again.getByTestId('conflict').isVisible()).toBe(false)
    await expect.poll(() => localStash(again)).toBe('')
    const [row] = await a.call<{ items: { id: string }[] }>('listArticles', { limit: 5 }).then((r) => r.items)
    const saved = await a.call<Saved>('getArticle', row!.id)
    expect(saved.version).toBe(version + 1)
    expect(saved.bodyText).toContain(LATE_WORDS)
  })
})
