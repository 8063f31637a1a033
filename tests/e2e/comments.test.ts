// Comments, desk conflicts and "what the editor changed" end to end, in Chromium through the
// browser host. The desk is a real one started here (the embedded PostgreSQL, then a PostgreSQL
// server when one answers), the columnist's and editor's libraries real SQLite files synced with
// the sync engine; the host serves the columnist's library. Screenshots (1280×800 and 1024×700,
// Arabic and English) go to /work/runs/shots when that folder can be made, else test-results/.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect } from 'vitest'
import { markSent, syncLibrary } from '../../src/node/desk/sync'
import { openLibrary } from '../../src/node/library/index'
import { embeddedBackend, postgresUnavailable, serverBackend } from '../support/desk'
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

// An article for the margin: comments on paragraphs 1, 3 and the long paragraph 6.
const LONG = 'وفي الأحياء القديمة يشكو الباعة من قلة الزبائن ومن ارتفاع الإيجارات ومن الضرائب التي لا تنتهي، ويقولون إن السوق لم تعد كما كانت قبل عشر سنين. '
const MARGIN_ARTICLE = [
  'بدأ الكاتب عموده بالحديث عن سوق الخضار.',
  LONG.repeat(3) + 'وهذا آخر الوصف.',
  'ثم انتقل إلى أسعار الخبز في المدينة.',
  'وتحدث عن الحافلات المزدحمة صباحًا.',
  'وذكر المدارس والمستشفيات باختصار.',
  LONG.repeat(4) + 'وختم الفقرة الطويلة بسؤال عن الرقابة.',
  'وأنهى بكلمة عن الحكومة الجديدة.',
  'وفي الختام شكر القراء على رسائلهم.'
]
const MARGIN_COMMENTS = [
  { words: 'سوق الخضار', body: 'أي سوق؟', marker: 'بدأ الكاتب عموده' },
  { words: 'أسعار الخبز', body: 'أضف رقمًا للأسعار.', marker: 'ثم انتقل' },
  { words: 'الرقابة', body: 'رقابة من؟ الوزارة أم البلدية؟', marker: 'وختم الفقرة الطويلة' }
]

interface Level {
  body: string
  cardTop: number
  cardBottom: number
  paragraphTop: number
}

/** Each comment card's box beside the top of the paragraph holding `marker`, as on screen. */
async function levels(page: Page): Promise<Level[]> {
  return page.evaluate((wanted) => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-testid="editor"] p')]
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="comment-margin"] [data-testid="comment"]')]
    return wanted.map(({ body, marker }) => {
      const cardEl = cards.find((c) => c.querySelector('[data-testid="comment-body"]')?.textContent === body)
      const paragraphEl = paragraphs.find((p) => (p.textContent ?? '').includes(marker))
      if (!cardEl || !paragraphEl)
        throw new Error(
          `missing ${cardEl ? '' : 'card'} ${paragraphEl ? '' : 'paragraph'} for ${body}: ${cards.length} cards, ${paragraphs.map((p) => p.textContent?.slice(0, 12)).join('|')}`
        )
      const card = cardEl.getBoundingClientRect()
      const paragraph = paragraphEl.getBoundingClientRect()
      return { body, cardTop: card.top, cardBottom: card.bottom, paragraphTop: paragraph.top }
    })
  }, MARGIN_COMMENTS)
}

/** How far each card is from its paragraph's top, and whether the cards are in order without overlapping. */
async function offsets(page: Page): Promise<{ off: number[]; stacked: boolean }> {
  const all = await levels(page)
  return {
    // Level: within 2 pixels (sub-pixel layout).
    off: all.map((l) => (Math.abs(l.cardTop - l.paragraphTop) <= 2 ? 0 : Math.round(l.cardTop - l.paragraphTop))),
    stacked: all.every((l, i) => i === 0 || l.cardTop >= all[i - 1]!.cardBottom)
  }
}

async function commentMarginArticle(app: { library: LibraryPage; editor: EditorPage }, page: Page, comments: CommentsPanel): Promise<void> {
  await app.library.newArticle()
  await page.keyboard.insertText('عمود الهامش')
  await app.editor.typeParagraphs(MARGIN_ARTICLE)
  await app.editor.saveNow()
  await comments.open()
  for (const c of MARGIN_COMMENTS) {
    await app.editor.selectText(c.words)
    await comments.commentOnSelection(c.body)
  }
  // Back to the top, where paragraph 1 and its comment are in sight.
  await page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0))
  await comments.reply('أي سوق؟', 'سوق الجمعة.')
}

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

  it('sits each comment level with its paragraph, pushed below the one before, in Arabic and English at both sizes', async ({ openApp }) => {
    const shots = shotsFolder()
    for (const size of SIZES) {
      const app = await openApp(size)
      const page = app.browser.page
      const comments = new CommentsPanel(page)
      await commentMarginArticle(app, page, comments)
      for (const language of ['ar', 'en'] as const) {
        if (language === 'en') await page.getByTestId('language-toggle').click()
        await expect
          .poll(() => comments.root.getByTestId('comment-new').innerText())
          .toBe(language === 'en' ? 'Comment on the selected words' : 'علّق على الكلمات المحددة')
        // Paragraph 3's comment level with paragraph 3, below paragraph 1's; none overlapping.
        await expect.poll(async () => (await offsets(page)).off.slice(0, 2)).toEqual([0, 0])
        expect((await offsets(page)).stacked).toBe(true)
        const [first, third] = await levels(page)
        expect(third!.cardTop).toBeGreaterThan(first!.cardBottom)
        await page.screenshot({ path: join(shots, `comments-margin-${language}-${size.width}x${size.height}.png`) })
      }
      await app.close()
    }
  })

  it('keeps the comments level with their paragraphs when paragraphs are added above and when the text scrolls', async ({ openApp }) => {
    const app = await openApp({ width: 1280, height: 800 })
    const page = app.browser.page
    const comments = new CommentsPanel(page)
    await commentMarginArticle(app, page, comments)
    await expect.poll(async () => (await offsets(page)).off.slice(0, 2)).toEqual([0, 0])
    const before = (await levels(page))[1]!.paragraphTop

    // Three new paragraphs after paragraph 2: paragraph 3 and its comment go down together.
    await app.editor.selectText('وهذا آخر الوصف.')
    await page.evaluate(() => getSelection()!.collapseToEnd())
    await page.waitForFunction(() => getSelection()!.isCollapsed)
    // Lexical takes the caret over on selectionchange, before the next frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    const added = ['فقرة جديدة أولى.', 'فقرة جديدة ثانية.', 'فقرة جديدة ثالثة.']
    await page.keyboard.press('Enter')
    await app.editor.pasteHtml(added.map((p) => `<p>${p}</p>`).join(''), added.join('\n\n'))
    await expect.poll(() => page.locator('[data-testid="editor"] p').allInnerTexts()).toEqual(expect.arrayContaining(added))
    await page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0))
    await expect.poll(async () => (await levels(page))[1]!.paragraphTop).toBeGreaterThan(before + 60)
    await expect.poll(async () => (await offsets(page)).off.slice(0, 2)).toEqual([0, 0])
    expect(await comments.card('أضف رقمًا للأسعار.').getAttribute('data-paragraph')).toBe('5')
    expect((await offsets(page)).stacked).toBe(true)

    // The text scrolled: the cards move with it, still level (the long paragraph's too).
    await page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 400))
    // (The long paragraph's comment is level too, or just below paragraph 3's if that one reaches down past it.)
    await expect.poll(async () => (await offsets(page)).off.slice(0, 2)).toEqual([0, 0])
    const [, third, long] = await levels(page)
    // Never above its paragraph; lower only as far as paragraph 3's group (its card, a gap, this group's label) requires.
    expect(long!.cardTop).toBeGreaterThanOrEqual(long!.paragraphTop - 2)
    expect(long!.cardTop).toBeLessThanOrEqual(Math.max(long!.paragraphTop, third!.cardBottom + 40))
    expect(long!.cardTop).toBeLessThan(800)
    expect((await offsets(page)).stacked).toBe(true)
    await page.screenshot({ path: join(shotsFolder(), 'comments-margin-scrolled-ar-1280x800.png') })
  })
})

// The review runs on both desks the issue names: the embedded default and the PostgreSQL server CI starts.
const unavailable = postgresUnavailable()
const BACKENDS = [
  ['the embedded PostgreSQL (PGlite)', embeddedBackend, null],
  ['a PostgreSQL server', serverBackend, unavailable]
] as const
for (const [where, backend, skip] of BACKENDS) {
  describe.skipIf(skip !== null)(`the desk in review, on ${where}`, () => {
    it('shows a same-paragraph conflict with both versions and keeps both; shows what the editor changed and steps through it', async () => {
      desk = await startTestDesk(backend)
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
}
if (unavailable) console.warn(unavailable)
