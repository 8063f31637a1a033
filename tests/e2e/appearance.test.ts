// Language, theme and zoom: each follows the person's choice and is remembered.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import type { App } from './pages/app'
import { COLUMN_PARAGRAPHS, COLUMN_PULL_QUOTE, COLUMN_TITLE } from './pages/column'

const rootFontSize = (a: App) =>
  a.browser.page.evaluate(() => {
    return parseFloat(getComputedStyle(document.documentElement).fontSize)
  })

describe('appearance', () => {
  it('switches to English (ltr) and back, remembered across a reload', async ({ app }) => {
    const { page } = app.browser
    const html = () =>
      page.evaluate(() => {
        const el = document.documentElement
        return [el.getAttribute('lang'), el.getAttribute('dir')]
      })
    expect(await html()).toEqual(['ar', 'rtl'])
    await page.getByTestId('language-toggle').click()
    await expect.poll(html).toEqual(['en', 'ltr'])
    expect(await page.getByTestId('new-article').innerText()).toContain('New article')
    await page.reload({ waitUntil: 'load' })
    await expect.poll(html).toEqual(['en', 'ltr'])
    await app.library.newArticle()
    // The article stays an Arabic column: its body is right-to-left in an English interface too.
    await app.editor.body.click()
    expect((await app.editor.blockDirections())[0]!.computed).toBe('rtl')
    await app.screenshot('english.png')
    await page.getByTestId('language-toggle').click()
    await expect.poll(html).toEqual(['ar', 'rtl'])
    expect(app.browser.errors).toEqual([])
  })

  it('follows a dark choice, remembered; zooms with Ctrl +/−/0 by scaling the root font size', async ({ app }) => {
    const { page } = app.browser
    const id = (await app.call<{ id: string }>('createArticle', { title: COLUMN_TITLE, pullQuote: COLUMN_PULL_QUOTE })).id
    await page.reload({ waitUntil: 'load' })
    await app.library.openArticle(COLUMN_TITLE)
    await app.editor.typeParagraphs(COLUMN_PARAGRAPHS)
    await app.editor.waitSaved()
    await page.getByTestId('theme').selectOption('dark')
    await page.reload({ waitUntil: 'load' })
    await app.editor.body.waitFor()
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark')
    await expect.poll(() => app.editor.bodyText()).toContain(COLUMN_PARAGRAPHS[0]!)
    await app.screenshot('editor-dark.png')

    const base = await rootFontSize(app)
    await app.editor.body.click()
    await page.keyboard.press('Control+Equal')
    await expect.poll(() => rootFontSize(app)).toBeGreaterThan(base)
    await page.keyboard.press('Control+Minus')
    await page.keyboard.press('Control+Minus')
    await expect.poll(() => rootFontSize(app)).toBeLessThan(base)
    await page.keyboard.press('Control+0')
    await expect.poll(() => rootFontSize(app)).toBe(base)
    expect(id).toBeTruthy()
    expect(app.browser.errors).toEqual([])
  })

  it('uses the bundled fonts: Naskh for the text, Plex Sans Arabic for the interface', async ({ app }) => {
    const { page } = app.browser
    await app.library.newArticle()
    await page.keyboard.insertText('عنوان')
    await app.editor.typeInBody('نص')
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready
      return {
        body: getComputedStyle(document.querySelector('[data-testid="editor"]')!).fontFamily,
        ui: getComputedStyle(document.querySelector('[data-testid="new-article"]')!).fontFamily,
        naskh: document.fonts.check('16px "Noto Naskh Arabic"', 'نص'),
        plex: document.fonts.check('16px "IBM Plex Sans Arabic"', 'نص')
      }
    })
    // Naskh's Latin letters and digits at the Arabic's size first (styles/latin.css), then Naskh.
    expect(fonts.body).toMatch(/^"?Amud Naskh Latin"?, "?Noto Naskh Arabic/)
    expect(fonts.ui).toMatch(/^"?IBM Plex Sans Arabic/)
    expect(fonts.naskh).toBe(true)
    expect(fonts.plex).toBe(true)
    expect(app.browser.errors).toEqual([])
  })
})
