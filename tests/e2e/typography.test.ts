// Typography in the editor: issues underlined and listed in the panel, one fixed from the panel
// and undone with Ctrl+Z, "fix all" as one undo step, and a rule switched off (remembered).
// "Fix all" leaves nothing it could fix: a fix that reveals another is followed through.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { TypographyPanel } from './pages/TypographyPanel'

describe('typography', () => {
  it('lists, fixes, undoes, fixes all and switches a rule off', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const typography = new TypographyPanel(page)
    await library.newArticle()
    await page.keyboard.insertText('سؤال')
    await editor.typeParagraphs(['هل ذهبت إلى السوق?', 'قال  الرجل إن الجو جميل.'])

    await typography.open()
    await expect.poll(() => typography.rules()).toEqual(expect.arrayContaining(['latin-punctuation', 'double-space']))
    await expect.poll(() => typography.underlined()).toEqual(expect.arrayContaining(['?', '  ']))
    // The message in the interface's language (Arabic).
    expect(await typography.issuesOf('latin-punctuation').first().getByTestId('typography-message').innerText()).toMatch(/[\u0600-\u06FF]/)

    // One fix from the panel, then Ctrl+Z in the body.
    await typography.fixFirst('latin-punctuation')
    await expect.poll(() => editor.bodyText()).toContain('السوق؟')
    await expect.poll(() => typography.issuesOf('latin-punctuation').count()).toBe(0)
    await app.screenshot('typography.png')
    await editor.body.focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.bodyText()).toContain('السوق?')
    await expect.poll(() => typography.issuesOf('latin-punctuation').count(), { timeout: 5000 }).toBe(1)

    // Fix all: one step, undone by one Ctrl+Z.
    await typography.fixAll()
    await expect.poll(() => editor.bodyText()).toContain('السوق؟')
    await expect.poll(() => editor.bodyText()).toContain('قال الرجل')
    await expect.poll(() => typography.issues.count()).toBe(0)
    await editor.body.focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.bodyText()).toContain('السوق?')
    expect(await editor.bodyText()).toContain('قال  الرجل')

    // A rule switched off: its issues go, and it stays off after a reload.
    await typography.setRule('double-space', false)
    await expect.poll(() => typography.rules()).toEqual(['latin-punctuation'])
    await editor.waitSaved()
    await page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    await typography.open()
    await expect.poll(() => typography.rules()).toEqual(['latin-punctuation'])
    expect(app.browser.errors).toEqual([])
  })
  it('"fix all" leaves no issue that "fix all" could fix, in one undo step', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const typography = new TypographyPanel(page)
    await library.newArticle()
    await page.keyboard.insertText('علامات')
    // Each fix here reveals another: "?" becomes "؟", and then the space before it must go.
    await editor.typeParagraphs(['هل ذهبت إلى السوق ?', 'قال ,ثم  مضى ; وانتهى ?!'])
    await typography.open()
    await expect.poll(() => typography.rules()).toEqual(expect.arrayContaining(['latin-punctuation', 'double-space']))
    await typography.fixAll()
    await expect.poll(() => editor.bodyText()).toContain('السوق؟')
    await expect.poll(() => typography.issues.count()).toBe(0)
    expect(await page.getByTestId('typography-fix-all').isDisabled()).toBe(true)
    expect(await editor.blocks.allInnerTexts()).toEqual(['هل ذهبت إلى السوق؟', 'قال، ثم مضى؛ وانتهى؟!'])
    await editor.body.focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.bodyText()).toContain('السوق ?')
    expect(app.browser.errors).toEqual([])
  })
})
