// The desk in the app, end to end: a real desk server (the embedded PostgreSQL, then a
// PostgreSQL server when one answers), two browser hosts on two libraries (a columnist and an
// editor), each in its own Chromium. The columnist connects (a wrong token and an unreachable
// desk are said plainly) and sends an article to the editor; the editor finds it in the desk
// view and opens it; both see each other while both have it open; the editor comments on words
// of paragraph 3; with the desk stopped the editor edits paragraph 3 and the columnist paragraph 1
// (the indicator says offline with a change waiting); the desk comes back, both windows show both edits, and the
// columnist sees the editor's comment and the editor's words in "what the editor changed".
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../src/node/desk/db'
import { startDeskServer, type RunningDesk } from '../../src/node/desk/server'
import { addUser } from '../../src/node/desk/users'
import { embeddedBackend, postgresUnavailable, serverBackend, type DeskBackend } from '../support/desk'
import { unique } from '../support/desk-suite'
import { openApp, type App } from './pages/app'
import { DeskPage } from './pages/DeskPage'
import { CommentsPanel, DeskChanges } from './pages/DeskReview'
import { DeskView } from './pages/DeskView'

// Background syncs every second here (5 s in use), so the test waits on conditions, not minutes.
process.env.AMUD_DESK_SYNC_SECONDS = '1'
const SHOTS = '/work/runs/shots'
const LONG = { timeout: 60_000, interval: 250 }

const P = ['الفقرة الأولى عن المطر في المدينة.', 'الفقرة الثانية عن الشوارع.', 'الفقرة الثالثة عن الناس.', 'الفقرة الرابعة والأخيرة.']
const COLUMNIST_EDIT = ' أضافت الكاتبة هذه الجملة.'
const EDITOR_EDIT = ' أضاف المحرر هذه الجملة.'
const EDITOR_NOTE = 'من أين هذه الأرقام؟'

async function paragraphs(app: App): Promise<string[]> {
  return (await app.editor.blocks.allInnerTexts()).map((t) => t.trim())
}

/** Clicks into paragraph `n` (1-based), goes to its end and types. */
async function appendToParagraph(app: App, n: number, text: string): Promise<void> {
  await app.editor.blocks.nth(n - 1).click()
  await app.browser.page.keyboard.press('End')
  await app.browser.page.keyboard.insertText(text)
  await app.editor.waitSaved()
}

function deskSuite(backend: DeskBackend, shots: boolean): void {
  let db: DeskDb
  let dispose: () => Promise<void>
  let desk: RunningDesk
  let port: number
  let col: App
  let ed: App
  const users = { columnist: unique('salma'), editor: unique('omar') }
  const tokens = { columnist: '', editor: '' }

  beforeAll(async () => {
    const opened = await backend.open()
    db = opened.db
    dispose = opened.dispose
    desk = await startDeskServer(db, { log: () => undefined })
    port = Number(new URL(desk.url).port)
    tokens.columnist = (await addUser(db, users.columnist, 'columnist')).token
    tokens.editor = (await addUser(db, users.editor, 'editor')).token
    col = await openApp({ width: 1280, height: 800 })
    ed = await openApp({ width: 1280, height: 800 })
  })

  afterAll(async () => {
    await col?.close()
    await ed?.close()
    await desk?.close()
    await dispose?.()
  })

  it('a columnist sends; an editor opens, comments and edits; both edit offline and converge; the columnist sees the comment and what the editor changed', async () => {
    const cd = new DeskPage(col.browser.page)
    const edd = new DeskPage(ed.browser.page)

    // A wrong token and a desk that does not answer are each said plainly, in Arabic.
    expect(await cd.connect(desk.url, `${tokens.columnist.slice(0, -4)}AAAA`)).toContain('لا يقبل المكتب رمز الدخول')
    expect(await cd.connect('http://127.0.0.1:9', tokens.columnist)).toContain('تعذّر الوصول إلى المكتب')
    expect(await cd.connect(desk.url, tokens.columnist)).toBe('connected')

    await col.library.newArticle()
    await col.editor.setTitle('عن المطر')
    await col.editor.typeParagraphs(P)
    await col.editor.waitSaved()
    await expect.poll(() => cd.indicatorState().then((s) => s.state), LONG).toBe('connected')
    await cd.send(users.editor, 'راجعها قبل المساء')
    await expect.poll(() => cd.articleInfo.innerText(), LONG).toContain(`مع ${users.editor}`)

    // The editor connects, finds it in the desk view (by editor, then by search) and opens it.
    expect(await edd.connect(desk.url, tokens.editor)).toBe('connected')
    const view = new DeskView(ed.browser.page)
    await view.open()
    await expect.poll(() => view.titles(), LONG).toEqual(['عن المطر'])
    await view.filter({ assigned: users.editor, owner: users.columnist })
    await expect.poll(() => view.titles(), LONG).toEqual(['عن المطر'])
    await view.search('الناس')
    await expect.poll(() => view.titles(), LONG).toEqual(['عن المطر'])
    await view.search('الثلج')
    await expect.poll(() => view.titles(), LONG).toEqual([])
    await view.search('')
    if (shots) {
      mkdirSync(SHOTS, { recursive: true })
      await expect.poll(() => view.titles(), LONG).toEqual(['عن المطر'])
      const page = ed.browser.page
      for (const lang of ['ar', 'en'] as const) {
        for (const [w, h] of [
          [1280, 800],
          [1024, 700]
        ] as const) {
          await page.setViewportSize({ width: w, height: h })
          await page.screenshot({ path: `${SHOTS}/desk-view-${lang}-${w}x${h}.png` })
        }
        if (lang === 'ar') await page.getByTestId('language-toggle').click()
      }
      await page.getByTestId('language-toggle').click()
      await page.setViewportSize({ width: 1280, height: 800 })
    }
    await view.openArticle('عن المطر')
    expect(await paragraphs(ed)).toEqual(P)

    // Presence: each sees the other while both have it open.
    await expect.poll(() => cd.presence.innerText().catch(() => ''), LONG).toContain(users.editor)
    await expect.poll(() => edd.presence.innerText().catch(() => ''), LONG).toContain(users.columnist)

    // The editor comments on words of paragraph 3.
    const edComments = new CommentsPanel(ed.browser.page)
    await edComments.open()
    await ed.editor.selectText('عن الناس')
    await edComments.commentOnSelection(EDITOR_NOTE)

    // The desk stops; the editor edits paragraph 3, the columnist paragraph 1.
    await desk.close()
    await appendToParagraph(ed, 3, EDITOR_EDIT)
    await appendToParagraph(col, 1, COLUMNIST_EDIT)
    await expect.poll(() => cd.indicatorState(), LONG).toMatchObject({ state: 'offline', waiting: '1' })
    await expect.poll(() => edd.indicatorState(), LONG).toMatchObject({ state: 'offline', waiting: '1' })
    expect((await cd.indicatorState()).text).toContain('1')
    if (shots) {
      const page = col.browser.page
      for (const lang of ['ar', 'en'] as const) {
        for (const [w, h] of [
          [1280, 800],
          [1024, 700]
        ] as const) {
          await page.setViewportSize({ width: w, height: h })
          await page.screenshot({ path: `${SHOTS}/desk-indicator-offline-${lang}-${w}x${h}.png` })
        }
        await page.getByTestId('language-toggle').click()
      }
      await page.setViewportSize({ width: 1280, height: 800 })
    }

    // The desk comes back on the same address: both windows converge on both edits.
    desk = await startDeskServer(db, { port, log: () => undefined })
    const both = [P[0] + COLUMNIST_EDIT, P[1], P[2] + EDITOR_EDIT, P[3]]
    await expect.poll(() => paragraphs(col), LONG).toEqual(both)
    await expect.poll(() => paragraphs(ed), LONG).toEqual(both)
    await expect.poll(() => cd.indicatorState().then((s) => s.state), LONG).toBe('connected')
    await expect.poll(() => edd.indicatorState().then((s) => s.state), LONG).toBe('connected')

    // The columnist sees the editor's comment beside paragraph 3, and the editor's words in what the editor changed.
    const colComments = new CommentsPanel(col.browser.page)
    await colComments.open()
    const note = colComments.card(EDITOR_NOTE)
    await expect.poll(() => note.count(), LONG).toBe(1)
    expect(await note.locator('.comment-author').first().innerText()).toBe(users.editor)
    expect(await note.getAttribute('data-paragraph')).toBe('2')
    const changes = new DeskChanges(col.browser.page)
    await changes.open()
    await expect.poll(() => changes.root.locator('ins').allInnerTexts(), LONG).toEqual(expect.arrayContaining([expect.stringContaining('أضاف المحرر')]))
    expect(await changes.items.first().getByTestId('desk-change-by').innerText()).toContain(users.editor)

    expect(col.browser.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
    expect(ed.browser.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  }, 300_000)
}

const unavailable = postgresUnavailable()
describe('the desk in the app, on the embedded PostgreSQL (PGlite)', () => deskSuite(embeddedBackend, true))
describe.skipIf(unavailable !== null)('the desk in the app, on a PostgreSQL server', () => deskSuite(serverBackend, false))
if (unavailable) console.warn(unavailable)
