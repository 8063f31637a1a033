// The writing-room scenarios of the browser suites, run in the desktop window with the same
// page objects. Skips, saying why, where Electron cannot run (as on the build machines).
import { afterEach, describe, expect, it } from 'vitest'
import { EditorPage } from '../pages/EditorPage'
import { LibraryPage } from '../pages/LibraryPage'
import { COLUMN_PARAGRAPHS, COLUMN_TITLE } from '../pages/column'
import { electronSkipReason, launchElectron, type LaunchedElectron } from '../support/electron'

if (electronSkipReason) console.log(`tests/e2e/electron/scenarios.test.ts ${electronSkipReason}`)

let electron: LaunchedElectron | null = null
afterEach(async () => {
  await electron?.close()
  electron = null
})

async function open(): Promise<{ library: LibraryPage; editor: EditorPage; e: LaunchedElectron }> {
  const e = await launchElectron()
  electron = e
  const library = new LibraryPage(e.page)
  await library.root.waitFor()
  return { library, editor: new EditorPage(e.page), e }
}

describe.skipIf(electronSkipReason !== null)('the desktop window', () => {
  it('keeps typed Arabic across a reload and finds it in another hamza spelling', async () => {
    const { library, editor, e } = await open()
    await library.newArticle()
    await editor.setTitle(COLUMN_TITLE)
    await editor.typeParagraphs(COLUMN_PARAGRAPHS)
    await editor.waitSaved()
    await e.page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    await expect.poll(() => editor.bodyText()).toContain(COLUMN_PARAGRAPHS[1]!)
    // The column writes «أذكر»; a search typed without hamza finds it, marked.
    await library.searchFor('اذكر')
    await expect.poll(() => e.page.locator('mark').count()).toBeGreaterThan(0)
    expect(e.errors).toEqual([])
  })

  it('sets new and Arabic paragraphs right-to-left and a Latin one left-to-right', async () => {
    const { library, editor, e } = await open()
    await library.newArticle()
    await editor.body.click()
    await e.page.keyboard.insertText('فقرة عربية.')
    await e.page.keyboard.press('Enter')
    await e.page.keyboard.insertText('A Latin paragraph.')
    await e.page.keyboard.press('Enter')
    const dirs = await editor.blockDirections()
    expect(dirs.map((d) => d.computed)).toEqual(['rtl', 'ltr', 'rtl'])
  })

  it('shows markup typed into a title and body as text, running nothing', async () => {
    const { library, editor, e } = await open()
    await library.newArticle()
    const markup = '<img src=x onerror="window.__pwned=1">'
    await editor.setTitle(markup)
    await editor.typeInBody(markup)
    await editor.waitSaved()
    expect(await editor.bodyText()).toContain(markup)
    expect(await e.page.evaluate(() => window.__pwned)).toBeUndefined()
  })
})
