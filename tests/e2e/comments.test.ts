// Comments, desk conflicts and "what the editor changed" end to end, in Chromium through the
// browser host. The desk is a real one started here (embedded PostgreSQL), the columnist's and
// editor's libraries real SQLite files synced with the sync engine; the host serves the
// columnist's library. Screenshots (1280×800 and 1024×700, Arabic and English) go to
// /work/runs/shots when that folder can be made, else test-results/.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect } from 'vitest'
import { markSent, syncLibrary } from '../../src/node/desk/sync'
import { openLibrary } from '../../src/node/library/index'
import { embeddedBackend } from '../support/desk'
import { edit, paragraphs, startTestDesk, write, type TestDesk } from '../support/desk-suite'
import { CommentsPanel, DeskChanges, DeskConflict } from './pages/DeskReview'
import { EditorPage } from './pages/EditorPage'
import { LibraryPage } from './pages/LibraryPage'
import { RESULTS } from './pages/app'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { it } from './support/fixtures'
import { startHost, type RunningHost } from './support/host'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
]

function shotsFolder(): string {
  try {
    mkdirSync('/work/runs/shots', { recursive: true })
    return '/work/runs/shots'
  } catch {
    mkdirSync(RESULTS, { recursive: true })
    return RESULTS
  }
}

let host: RunningHost | null = null
let browser: LaunchedBrowser | null = null
let desk: TestDesk | null = null

afterEach(async () => {
  await browser?.close().catch(() => undefined)
  await host?.stop()
  await desk?.close()
  browser = null
  host = null
  desk = null
})

const P1 = 'افتتح الكاتب عموده بالحديث عن السوق.'
const P2 = 'ثم تحدث عن الأسعار المرتفعة في الأحياء الشعبية.'
const P3 = 'وختم بكلمة عن الحكومة.'

describe('comments anchored to the text', () => {
  it('comments on selected words, replies and resolves, keeps the comment while the paragraph is edited, and shows it detached when its words go', async ({
    openApp
  }) => {
    const app = await openApp({ width: 1280, height: 800 })
    const { library, editor } = app
    const page = app.browser.page
    const comments = new CommentsPanel(page)
    await library.newArticle()
    await page.keyboard.insertText('عمود التعليقات')
    await editor.typeParagraphs([P1, P2, P3])
    await editor.saveNow()

    await comments.open()
    await editor.selectText('الأسعار المرتفعة')
    await comments.commentOnSelection('أي أسعار تقصد؟ أضف رقمًا.')
    const card = comments.card('أي أسعار تقصد؟ أضف رقمًا.')
    await expect.poll(() => card.getByTestId('comment-quote').innerText()).toBe('الأسعار المرتفعة')
    expect(await card.getAttribute('data-paragraph')).toBe('1')
    await comments.reply('أي أسعار تقصد؟ أضف رقمًا.', 'أسعار الخبز خاصة.')
    // "Show in the text" selects the comment's words.
    await page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0))
    await card.getByTestId('comment-show').click()
    await expect.poll(() => editor.selectedText()).toBe('الأسعار المرتفعة')
    await comments.resolve('أي أسعار تقصد؟ أضف رقمًا.')
    // Kept in the library: the host answers with both, the reply under its comment.
    const [article] = (await app.call<{ items: { id: string }[] }>('listArticles')).items
    const stored = await app.call<{ body: string; parentId: string | null; resolved: boolean }[]>('listComments', article!.id)
    expect(stored.map((c) => [c.body, c.parentId !== null, c.resolved])).toEqual([
      ['أي أسعار تقصد؟ أضف رقمًا.', false, true],
      ['أسعار الخبز خاصة.', true, false]
    ])

    // Words typed before the comment's words, in the same paragraph: the comment stays on them.
    await editor.selectText('ثم تحدث')
    await page.keyboard.insertText('وفي الفقرة الثانية تحدث')
    await editor.saveNow()
    await expect.poll(() => card.getAttribute('data-paragraph')).toBe('1')
    await expect.poll(() => comments.detached.count()).toBe(0)
    await expect.poll(() => card.getByTestId('comment-quote').innerText()).toBe('الأسعار المرتفعة')

    // The commented words deleted: the comment is still there, detached.
    await editor.selectText('الأسعار المرتفعة')
    await page.keyboard.press('Backspace')
    await editor.saveNow()
    await comments.detached.getByText('أي أسعار تقصد؟ أضف رقمًا.').waitFor()
    expect(await comments.cards.count()).toBe(1)
  })

  it('shows comments beside their paragraph in Arabic and English at both sizes', async ({ openApp }) => {
    const shots = shotsFolder()
    for (const size of SIZES) {
      const app = await openApp(size)
      const page = app.browser.page
      const comments = new CommentsPanel(page)
      await app.library.newArticle()
      await page.keyboard.insertText('عمود الأحد')
      await app.editor.typeParagraphs([P1, P2, P3])
      await app.editor.saveNow()
      await comments.open()
      await app.editor.selectText('الأسعار المرتفعة')
      await comments.commentOnSelection('أي أسعار تقصد؟')
      await comments.reply('أي أسعار تقصد؟', 'أسعار الخبز.')
      await app.editor.selectText('الحكومة')
      await comments.commentOnSelection('أي وزارة؟')
      for (const language of ['ar', 'en'] as const) {
        if (language === 'en') await page.getByTestId('language-toggle').click()
        await expect
          .poll(() => comments.root.getByTestId('comment-new').innerText())
          .toBe(language === 'en' ? 'Comment on the selected words' : 'علّق على الكلمات المحددة')
        await page.screenshot({ path: join(shots, `comments-panel-${language}-${size.width}x${size.height}.png`) })
      }
      await app.close()
    }
  })
})

describe('the desk in review', () => {
  it('shows a same-paragraph conflict with both versions and keeps both; shows what the editor changed and steps through it', async () => {
    desk = await startTestDesk(embeddedBackend)
    const columnist = await desk.user('columnist')
    const editorUser = await desk.user('editor')
    const { lib: col, path } = await desk.library(columnist.token)
    const { lib: ed } = await desk.library(editorUser.token)
    const id = write(col, [P1, P2, P3], 'عمود المكتب')
    markSent(col, id, editorUser.name)
    await syncLibrary(col)
    await syncLibrary(ed)
    const edId = (ed.listArticles().items[0] as { id: string }).id
    // The editor changes paragraphs 2 and 3 and syncs; the columnist, offline, changes paragraph 2 too.
    edit(ed, edId, 1, 'ثم تحدث المحرر عن الأسعار في الأحياء.')
    edit(ed, edId, 2, 'وختم بكلمة قصيرة عن الحكومة الجديدة.')
    await syncLibrary(ed)
    edit(col, id, 1, 'ثم تحدثت الكاتبة عن غلاء الأسعار.')
    const report = await syncLibrary(col)
    expect(report.conflicts).toHaveLength(1)
    col.close()

    host = await startHost({ libraryPath: path })
    browser = await launchBrowser()
    const page = browser.page
    const shots = shotsFolder()
    const library = new LibraryPage(page)
    const editor = new EditorPage(page)
    const conflict = new DeskConflict(page)
    const changes = new DeskChanges(page)
    const setLanguage = async (language: 'ar' | 'en'): Promise<void> => {
      const toggle = page.getByTestId('language-toggle')
      if ((await toggle.innerText()).trim() === (language === 'en' ? 'English' : 'العربية')) await toggle.click()
    }
    await library.open(host.url)
    await library.openArticle('عمود المكتب')
    await conflict.banner.waitFor()
    for (const size of SIZES) {
      await page.setViewportSize(size)
      for (const language of ['ar', 'en'] as const) {
        await setLanguage(language)
        await conflict.open()
        expect(await conflict.mine()).toEqual(['ثم تحدثت الكاتبة عن غلاء الأسعار.'])
        expect(await conflict.desk()).toEqual(['ثم تحدث المحرر عن الأسعار في الأحياء.'])
        await expect.poll(() => conflict.dialog.getByTestId('desk-conflict-keep-both').innerText()).toBe(language === 'en' ? 'Keep both' : 'أبقِ الاثنتين')
        await page.screenshot({ path: join(shots, `comments-conflict-${language}-${size.width}x${size.height}.png`) })
        await page.getByTestId('desk-conflict-later').click()
        await conflict.dialog.waitFor({ state: 'detached' })
      }
    }
    await conflict.open()
    await conflict.keepBoth()
    await expect.poll(() => editor.bodyText()).toContain('ثم تحدث المحرر عن الأسعار في الأحياء.')
    expect(await editor.bodyText()).toContain('ثم تحدثت الكاتبة عن غلاء الأسعار.')
    await conflict.banner.waitFor({ state: 'detached' })

    await changes.open()
    await expect.poll(() => changes.items.count()).toBeGreaterThan(0)
    expect(await changes.items.first().getByTestId('desk-change-by').innerText()).toContain(editorUser.name)
    await expect.poll(() => changes.root.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('الجديدة')]))
    await changes.next()
    await expect.poll(() => changes.current.count()).toBe(1)
    const first = await changes.current.innerText()
    await changes.next()
    await expect.poll(async () => (await changes.current.innerText()) !== first).toBe(true)
    await changes.previous()
    await expect.poll(() => changes.current.innerText()).toBe(first)
    await page.screenshot({ path: join(shots, 'comments-desk-changes-en-1024x700.png') })

    // The kept texts travel: after both sync, the editor's library has both too.
    const again = openLibrary(path)
    await syncLibrary(again)
    again.close()
    await syncLibrary(ed)
    expect(paragraphs(ed, edId)).toEqual(expect.arrayContaining(['ثم تحدث المحرر عن الأسعار في الأحياء.', 'ثم تحدثت الكاتبة عن غلاء الأسعار.']))
    ed.close()
  })
})
