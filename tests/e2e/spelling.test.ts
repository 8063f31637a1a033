// Arabic spelling in the editor: misspelled words underlined once the dictionary is loaded, a
// suggestion from the context menu fixes one (one undo step), a name added to the person's
// dictionary stays accepted after a reload, and the header's switch turns checking off.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { DICTIONARY, HAMZA_HIGHLIGHT, NAME, SPELLING_HIGHLIGHT, SpellingPage } from './pages/SpellingPage'

describe('spelling', () => {
  it('underlines, suggests, adds to the dictionary across a reload, and can be switched off', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const spelling = new SpellingPage(page)
    await library.newArticle()
    await page.keyboard.insertText('الغداء')
    await editor.typeParagraphs(['الطلاب الذى ذهبو إلى المدرسة صباحا.', `وقال ${NAME} إن الرحلة كانت جميلة.`])

    await expect.poll(() => spelling.underlined(), DICTIONARY).toEqual(['الذى', 'ذهبو', NAME])
    expect(await editor.body.getAttribute('spellcheck')).toBe('true')

    // The context menu: suggestions first, the best one first.
    await spelling.openMenu('ذهبو')
    const suggestions = await spelling.suggestionTexts()
    expect(suggestions.length).toBeGreaterThan(0)
    expect(suggestions.length).toBeLessThanOrEqual(5)
    expect(suggestions).toContain('ذهبوا')
    await app.screenshot('spelling.png')
    await spelling.choose('ذهبوا')
    await expect.poll(() => editor.bodyText()).toContain('الذى ذهبوا إلى')
    await expect.poll(() => spelling.underlined()).toEqual(['الذى', NAME])

    // One undo step takes the replacement back, and the word is underlined again.
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.bodyText()).toContain('الذى ذهبو إلى')
    await expect.poll(() => spelling.underlined()).toEqual(['الذى', 'ذهبو', NAME])
    await page.keyboard.press('Control+y')
    await expect.poll(() => editor.bodyText()).toContain('الذى ذهبوا إلى')

    // A name: added to the person's dictionary (stored in the library).
    await spelling.openMenu(NAME)
    expect(await spelling.suggestionTexts()).not.toContain(NAME)
    await spelling.addToDictionary()
    await expect.poll(() => spelling.underlined()).toEqual(['الذى'])
    await expect.poll(() => app.call<{ word: string }[]>('listDictionary')).toEqual([expect.objectContaining({ word: NAME })])
    await editor.waitSaved()

    await page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    await expect.poll(() => spelling.underlined(), DICTIONARY).toEqual(['الذى'])

    // Ignored in this article only.
    await spelling.openMenu('الذى')
    await spelling.ignoreInArticle()
    await expect.poll(() => spelling.underlined()).toEqual([])

    // Switched off (and remembered): nothing underlined, even new mistakes.
    await spelling.toggle.click()
    expect(await spelling.toggle.getAttribute('aria-pressed')).toBe('false')
    await editor.typeInBody(' ذهبو')
    await page.waitForTimeout(1200)
    expect(await spelling.underlined()).toEqual([])
    await editor.waitSaved()
    await page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    expect(await spelling.toggle.getAttribute('aria-pressed')).toBe('false')
    await spelling.toggle.click()
    await expect.poll(() => spelling.underlined(), DICTIONARY).toEqual(['ذهبو'])
    expect(app.browser.errors).toEqual([])
  })
  it('underlines near the viewport of a long article: a word typed after scrolling, and again after scrolling back', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const spelling = new SpellingPage(page)
    await library.newArticle()
    await page.keyboard.insertText('مقال طويل')
    // Only blocks within about a screen of the viewport are painted: the first paragraph's
    // mistake is far above once the writer is at the end.
    const filler = Array.from({ length: 160 }, (_, i) =>
      i === 0 ? 'الطلاب الذى وصلوا إلى المدرسة صباحا.' : 'وقال إن الرحلة كانت جميلة وإن الطلاب وصلوا إلى المدرسة صباحا.'
    )
    await editor.focusBodyEnd()
    await editor.pasteHtml(filler.map((p) => `<p>${p}</p>`).join(''), filler.join('\n'))
    await expect.poll(() => editor.blocks.count()).toBeGreaterThanOrEqual(160)
    await editor.typeParagraphs(['', 'الطلاب ذهبو إلى المدرسة صباحا.'])
    await expect.poll(() => spelling.underlined(), DICTIONARY).toEqual(['ذهبو'])
    await app.screenshot('spelling-long-end.png')

    // Typing before the word moves its underline along with it, before any new check.
    await editor.selectText('الطلاب ذهبو')
    await page.keyboard.press('Home')
    await page.keyboard.insertText('و')
    expect(await spelling.underlined()).toEqual(['ذهبو'])

    await spelling.openMenu('ذهبو')
    expect(await spelling.suggestionTexts()).toContain('ذهبوا')
    await spelling.choose('ذهبوا')
    await expect.poll(() => editor.bodyText()).toContain('والطلاب ذهبوا إلى')
    await expect.poll(() => spelling.underlined()).toEqual([])

    await page.keyboard.press('Control+Home')
    await expect.poll(() => spelling.underlined()).toEqual(['الذى'])
    await app.screenshot('spelling-long-top.png')
    await spelling.openMenu('الذى')
    expect(await spelling.suggestionTexts()).toContain('الذي')
    await page.keyboard.press('Escape')
    expect(app.browser.errors).toEqual([])
  })

  it('underlines hamza slips in their own colour, fixes the unambiguous ones in one undo step, and a house style stops flagging them', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const spelling = new SpellingPage(page)
    await library.newArticle()
    await page.keyboard.insertText('الهمزة')
    const before = ['اصبحت المدينة اكثر هدوءا من الاسبوع الاول.', 'قال ان الطلاب ذهبو الى المدرسة.']
    await editor.typeParagraphs(before)

    await expect.poll(() => spelling.hamzaUnderlined(), DICTIONARY).toEqual(['اصبحت', 'الاسبوع', 'الاول', 'ان', 'الى'])
    expect(await spelling.underlined()).toEqual(['ذهبو'])
    const red = await spelling.underlineColor(SPELLING_HIGHLIGHT)
    const amber = await spelling.underlineColor(HAMZA_HIGHLIGHT)
    expect(amber).not.toBe(red)
    await app.screenshot('spelling-hamza-light.png')

    // ان may be أن، إن or آن: left for the writer, and its menu still offers "fix all" for the rest.
    await spelling.openMenu('ان')
    expect((await spelling.suggestionTexts()).slice(0, 2)).toEqual(['أن', 'إن'])
    await expect.poll(() => spelling.fixAllHamza.innerText()).toContain('4')
    await spelling.fixAllHamza.click()
    const after = ['أصبحت المدينة اكثر هدوءا من الأسبوع الأول.', 'قال ان الطلاب ذهبو إلى المدرسة.']
    const reads = async (paragraphs: string[]): Promise<boolean> => {
      const text = await editor.bodyText()
      return paragraphs.every((p) => text.includes(p))
    }
    await expect.poll(() => reads(after)).toBe(true)
    await expect.poll(() => spelling.hamzaUnderlined()).toEqual(['ان'])
    expect(await spelling.underlined()).toEqual(['ذهبو'])

    // One Ctrl+Z brings every fixed word back.
    await page.keyboard.press('Control+z')
    await expect.poll(() => reads(before)).toBe(true)
    await expect.poll(() => spelling.hamzaUnderlined()).toEqual(['اصبحت', 'الاسبوع', 'الاول', 'ان', 'الى'])

    // Dark pages: the two underlines keep distinct colours.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'))
    const darkAmber = await spelling.underlineColor(HAMZA_HIGHLIGHT)
    expect(darkAmber).not.toBe(amber)
    expect(darkAmber).not.toBe(await spelling.underlineColor(SPELLING_HIGHLIGHT))
    await app.screenshot('spelling-hamza-dark.png')
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'))

    // The house style: a hamza left out is no error (remembered across a reload); other faults still are.
    await page.getByTestId('toggle-dictionary').click()
    await spelling.hamzaOptional.check()
    await expect.poll(() => spelling.hamzaUnderlined()).toEqual([])
    expect(await spelling.underlined()).toEqual(['ذهبو'])
    await editor.waitSaved()
    await page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    await expect.poll(() => spelling.underlined(), DICTIONARY).toEqual(['ذهبو'])
    expect(await spelling.hamzaUnderlined()).toEqual([])
    await page.getByTestId('toggle-dictionary').click()
    expect(await spelling.hamzaOptional.isChecked()).toBe(true)
    await spelling.hamzaOptional.uncheck()
    await expect.poll(() => spelling.hamzaUnderlined()).toEqual(['اصبحت', 'الاسبوع', 'الاول', 'ان', 'الى'])
    expect(app.browser.errors).toEqual([])
  })
})
