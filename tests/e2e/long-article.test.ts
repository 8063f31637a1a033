// A long column (hundreds of paragraphs, most of them off screen and so not rendered until they
// come near): the caret, find, selection and the status bar must behave as on a short one.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { countWords } from '../../src/shared/arabic'
import { documentFromParagraphs } from '../../src/shared/document'
import type { Article } from '../../src/shared/model/article'
import { FindBar, CURRENT_HIGHLIGHT } from './pages/FindBar'

const WORDS = ['المدينة', 'تستيقظ', 'على', 'صوت', 'الباعة', 'والقهوة', 'في', 'الأزقة', 'القديمة', 'حيث', 'يتذكر', 'الناس', 'أيامهم']
const PARAGRAPHS = 400
const NEEDLE_AT = 350
const NEEDLE = 'زنجبيل'

function paragraph(i: number): string {
  const words = Array.from({ length: 40 }, (_, j) => WORDS[(i * 7 + j) % WORDS.length]!)
  if (i === NEEDLE_AT) words.splice(20, 0, NEEDLE)
  return `${words.join(' ')}.`
}

/** True when the selection's focus is in the body's first block and that block's text is rendered (not skipped by content-visibility). */
const CARET_IN_FIRST_RENDERED_BLOCK = `(() => {
  const first = document.querySelector('[data-testid="editor"]')?.children[0]
  const focus = document.getSelection()?.focusNode
  const inner = first?.firstElementChild ?? first
  return !!first && !!focus && first.contains(focus) && !!inner && inner.checkVisibility({ contentVisibilityAuto: true })
})()`

/** Viewport-relative box of the block at `index` of the body. */
describe('a long article', () => {
  it('keeps caret moves, find, select-all and the word count right across off-screen paragraphs', async ({ app }) => {
    const { library, editor } = app
    const page = app.browser.page
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i))
    await app.call<Article>('createArticle', { title: 'عمود طويل', document: documentFromParagraphs(paragraphs) })
    await page.reload()
    await library.openArticle('عمود طويل')
    const total = countWords(paragraphs.join('\n'))
    const wordCount = async (): Promise<number> => {
      const text = await page.getByTestId('word-count').innerText()
      const digits = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[^0-9]/g, '')
      return Number(digits)
    }
    await expect.poll(wordCount).toBe(total)

    const visible = (index: number) =>
      page.evaluate(
        ([i]) => {
          const box = document.querySelector('[data-testid="editor"]')?.children[i!]?.getBoundingClientRect()
          return box ? box.bottom > 0 && box.top < innerHeight : false
        },
        [index]
      )

    // The caret goes to the end, through hundreds of unrendered paragraphs, and typing lands there.
    await editor.body.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText(' خاتمة')
    await expect.poll(() => editor.blocks.last().innerText()).toMatch(/خاتمة$/)
    await expect.poll(() => visible(PARAGRAPHS - 1)).toBe(true)
    await expect.poll(wordCount).toBe(total + 1)

    // Arrow keys walk up into paragraphs that were skipped a moment ago.
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowUp')
    await page.keyboard.insertText('ـسطرـ')
    const marked = await editor.blocks.evaluateAll((els: HTMLElement[]) => els.findIndex((e) => e.innerText.includes('ـسطرـ')))
    expect(marked).toBeGreaterThan(0)
    expect(marked).toBeLessThan(PARAGRAPHS - 1)
    await expect.poll(() => visible(marked)).toBe(true)

    // Page Down from the top walks into paragraphs that were never rendered. The browser scrolls
    // smoothly (over many frames on a busy machine) and lays those paragraphs out afterwards: the
    // app keeps the caret in view whenever the scrolling ends or the layout changes, so waiting
    // for it to be in view waits on that, not on the frames a fixed delay allowed (issue 12).
    // Before paging, the caret is in the first paragraph and that paragraph is laid out again
    // (its box comes back at once, its text only at the next rendering of a frame, which a busy
    // machine delays past several keys): as a person would see it before pressing Page Down.
    await page.keyboard.press('Control+Home')
    await expect.poll(() => visible(0)).toBe(true)
    await expect.poll(() => page.evaluate(CARET_IN_FIRST_RENDERED_BLOCK)).toBe(true)
    for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown')
    await page.keyboard.insertText('ـصفحةـ')
    const paged = await editor.blocks.evaluateAll((els: HTMLElement[]) => els.findIndex((e) => e.innerText.includes('ـصفحةـ')))
    expect(paged).toBeGreaterThan(5)
    await expect.poll(() => visible(paged)).toBe(true)

    // Ctrl+Shift+End selects from the caret to the very end.
    await page.keyboard.press('Control+Shift+End')
    await expect.poll(() => editor.selectedText()).toMatch(/خاتمة$/)

    // Find reaches a word far from the caret and brings its paragraph into view.
    await page.keyboard.press('Control+Home')
    const find = new FindBar(page)
    await find.openFind()
    await find.search(NEEDLE)
    await expect.poll(() => find.position()).toEqual([1, 1])
    expect(await find.highlighted(CURRENT_HIGHLIGHT)).toEqual([NEEDLE])
    await find.query.press('Escape')
    await expect.poll(() => visible(NEEDLE_AT)).toBe(true)

    // Select all: the selection's words are all the words, unrendered paragraphs included.
    await page.keyboard.press('End')
    await expect.poll(() => page.getByTestId('stats').innerText()).not.toMatch(/التحديد/)
    const all = await wordCount()
    expect(all).toBeGreaterThan(total)
    await page.keyboard.press('Control+A')
    await expect.poll(() => page.getByTestId('stats').innerText()).toMatch(/التحديد/)
    expect(await wordCount()).toBe(all)
    await app.screenshot('long-article.png')
  })
})
