// Pull quotes end to end: proposals beside the editor, choosing one (and taking it back), the
// field's found/missing state as the body changes, and selected text made the pull quote.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { documentFromParagraphs } from '../../src/shared/document'
import { parseTagged } from '../../src/shared/format'
import { t } from '../../src/shared/messages/catalog'
import { ROOT } from './support/host'

/** A real column of seven paragraphs, from the pull-quote evaluation set. */
function column(): { paragraphs: string[]; pullQuote: string } {
  const parsed = parseTagged(readFileSync(join(ROOT, 'tests/fixtures/pullquote/04-cities.txt')))
  if (!parsed.ok) throw new Error(t(parsed.error.said, 'en'))
  return { paragraphs: parsed.article.paragraphs, pullQuote: parsed.article.pullQuote ?? '' }
}

describe('pull quotes', () => {
  it('proposes, highlights, sets, undoes, tracks and takes the selection as the pull quote', async ({ app }) => {
    const { library, editor, pullQuotes, page } = { ...app, page: app.browser.page }
    const { paragraphs } = column()
    await library.newArticle()
    await page.keyboard.insertText('مدن للسيارات')
    await editor.typeParagraphs(paragraphs)
    await expect.poll(() => pullQuotes.stateValue()).toBe('empty')

    // The panel: candidates, best first, each with a score bar and its reasons in Arabic.
    await pullQuotes.open()
    await expect.poll(() => pullQuotes.candidates.count()).toBe(5)
    // Ranked in a worker, off the page's thread (the page's policy lets it start).
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /pullQuote\.worker/.test(e.name)))).toBe(true)
    const scores = await pullQuotes.candidates.evaluateAll((els: HTMLElement[]) => els.map((e) => Number(e.dataset.score)))
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(await pullQuotes.candidates.first().getByTestId('pullquote-score').count()).toBe(1)
    expect((await pullQuotes.reasons(0)).join(' ')).toMatch(/[\u0600-\u06FF]/)
    const texts = await Promise.all([0, 1, 2].map((i) => pullQuotes.candidateText(i)))
    for (const t of texts) expect(paragraphs.join('\n')).toContain(t)

    // Hover (and keyboard focus) tints the sentence in the body, without touching the text.
    await pullQuotes.candidates.nth(1).hover()
    await expect.poll(() => pullQuotes.highlighted()).toEqual([texts[1]])
    // Away from the list first: focus may scroll the panel under a resting pointer.
    await page.mouse.move(700, 5)
    await expect.poll(() => pullQuotes.highlighted()).toEqual([])
    await pullQuotes.candidates.nth(2).getByTestId('pullquote-choose').focus()
    await expect.poll(() => pullQuotes.highlighted()).toEqual([texts[2]])

    // Choosing sets the field; the state is found, with the quote's word count.
    await pullQuotes.choose(1)
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(texts[1])
    await expect.poll(() => pullQuotes.stateValue()).toBe('found')
    expect(await pullQuotes.state.getByTestId('pullquote-words').innerText()).toMatch(/[٠-٩0-9]+ كلمة/)
    expect(await pullQuotes.candidates.nth(1).getAttribute('aria-current')).toBe('true')
    await pullQuotes.candidates.nth(2).hover()
    await expect.poll(() => pullQuotes.highlighted()).toEqual([texts[2]])
    await page.waitForTimeout(800) // the page scrolls to the sentence once the pointer rests
    await app.screenshot('pullquote.png')

    // Undo from the panel, and Ctrl+Z in the field.
    await pullQuotes.undo()
    await expect.poll(() => editor.pullQuote.inputValue()).toBe('')
    await pullQuotes.choose(0)
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(texts[0])
    await pullQuotes.choose(1)
    await editor.pullQuote.click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(texts[0])
    await pullQuotes.choose(1)
    await editor.waitSaved()
    const [{ id }] = (await app.call<{ items: { id: string }[] }>('listArticles')).items as [{ id: string }]
    expect((await app.call<{ pullQuote: string }>('getArticle', id)).pullQuote).toBe(texts[1])

    // "Show in text" selects the quote in the body; deleting it there makes the quote missing.
    await pullQuotes.showInText()
    await expect.poll(() => editor.selectedText()).toBe(texts[1])
    await page.keyboard.press('Delete')
    await expect.poll(() => editor.bodyText()).not.toContain(texts[1])
    await expect.poll(() => pullQuotes.stateValue()).toBe('missing')
    await page.getByTestId('pullquote-missing').waitFor()
    // The candidates follow the body: the deleted sentence is no longer proposed.
    await expect.poll(async () => (await pullQuotes.candidates.allInnerTexts()).some((t) => t.includes(texts[1]!))).toBe(false)
    await app.screenshot('pullquote-missing.png')

    // Selected text becomes the pull quote: the toolbar, Ctrl+Shift+Q, the context menu.
    const phrase1 = 'ما ينقصنا ليس المعرفة، بل الشجاعة'
    const useButton = page.getByTestId('use-as-pullquote')
    await expect.poll(() => useButton.isDisabled()).toBe(true) // nothing selected yet
    await editor.selectText(phrase1)
    await expect.poll(() => useButton.isEnabled()).toBe(true)
    await useButton.click()
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(phrase1)
    await expect.poll(() => pullQuotes.stateValue()).toBe('found')

    const phrase2 = 'هل نريد مدنا نعيش فيها، أم مدنا نعبرها مسرعين إلى مكان آخر؟'
    await editor.selectText(phrase2)
    await expect.poll(() => useButton.isEnabled()).toBe(true)
    await page.keyboard.press('Control+Shift+KeyQ')
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(phrase2)

    const phrase3 = 'الحل ليس سرا.'
    await editor.selectText(phrase3)
    const box = await editor.selectionBox()
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' })
    await page.getByTestId('selection-menu').waitFor()
    await app.screenshot('pullquote-menu.png')
    await page.getByTestId('menu-use-as-pullquote').click()
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(phrase3)
    await expect.poll(() => page.getByTestId('selection-menu').count()).toBe(0)
    // Each of them is undoable from the panel too.
    await pullQuotes.undo()
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(phrase2)

    // In English, the reasons are in English.
    await page.getByTestId('language-toggle').click()
    await expect.poll(async () => (await pullQuotes.reasons(0)).join(' ')).toMatch(/^[^\u0600-\u06FF]*[a-z]/)
    await page.getByTestId('language-toggle').click()
    expect(app.browser.errors).toEqual([])
  })

  it('says the quote differs from the body once a word of it changed there, and updates it from the body', async ({ app }) => {
    const { library, editor, pullQuotes, page } = { ...app, page: app.browser.page }
    const { paragraphs, pullQuote } = column()
    const quote = pullQuote.replace(/^[\s”“"]+|[\s”“"]+$/g, '')
    await app.call('createArticle', { title: 'مدن للسيارات', pullQuote: quote, document: documentFromParagraphs(paragraphs) })
    await page.reload({ waitUntil: 'load' })
    await library.openArticle('مدن للسيارات')
    await expect.poll(() => pullQuotes.stateValue()).toBe('found')
    expect(await page.getByTestId('pullquote-update').count()).toBe(0)

    // One word of the quoted sentence changes in the body: still found (within the similarity
    // rule), but the field says it differs and offers the body's words.
    await editor.selectText('تطرد')
    await page.keyboard.insertText('تبعد')
    const edited = quote.replace('تطرد', 'تبعد')
    await expect.poll(() => editor.bodyText()).toContain(edited)
    await expect.poll(() => pullQuotes.stateValue()).toBe('differs')
    expect(await pullQuotes.state.innerText()).toContain('موجود، ويختلف عن النص')
    await app.screenshot('pullquote-differs.png')
    await pullQuotes.state.getByTestId('pullquote-update').click()
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(edited)
    await expect.poll(() => pullQuotes.stateValue()).toBe('found')
    // One undoable step, as a proposal's choice.
    await editor.pullQuote.click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.pullQuote.inputValue()).toBe(quote)
    await expect.poll(() => pullQuotes.stateValue()).toBe('differs')
    // In English too.
    await page.getByTestId('language-toggle').click()
    await expect.poll(() => pullQuotes.state.innerText()).toContain('Found, differs from the text')
    await page.getByTestId('language-toggle').click()
    expect(app.browser.errors).toEqual([])
  })

  it('opens beside an article that has text but no pull quote, and looks right in the dark', async ({ app }) => {
    const { library, pullQuotes, page } = { ...app, page: app.browser.page }
    const { paragraphs } = column()
    await app.call('createArticle', { title: 'مقالة بلا اقتباس', document: documentFromParagraphs(paragraphs) })
    await page.getByTestId('theme').selectOption('dark')
    await page.reload({ waitUntil: 'load' })
    await library.openArticle('مقالة بلا اقتباس')
    await pullQuotes.root.waitFor()
    await expect.poll(() => pullQuotes.candidates.count()).toBe(5)
    await expect.poll(() => pullQuotes.stateValue()).toBe('empty')
    // A proposal from the second paragraph: its tint is on screen for the picture.
    const second = (await pullQuotes.candidates.allInnerTexts()).findIndex((t) => t.includes('يسمي المخططون'))
    await pullQuotes.candidates.nth(Math.max(0, second)).hover()
    await expect.poll(async () => (await pullQuotes.highlighted()).length).toBe(1)
    await app.screenshot('pullquote-dark.png')
    await pullQuotes.toggle.click()
    await expect.poll(() => pullQuotes.root.count()).toBe(0)
    expect(app.browser.errors).toEqual([])
  })
})
