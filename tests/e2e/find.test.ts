// Find and replace in the body: Arabic-folded matching, the count, next/previous moving the
// selection, all matches tinted, replace all across formatting as one undo step.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { CURRENT_HIGHLIGHT, FindBar, MATCH_HIGHLIGHT } from './pages/FindBar'

describe('find and replace', () => {
  it('finds أحمد for احمد across bold, steps through matches, replaces all in one undo step', async ({ app }) => {
    const { library, editor } = app
    const page = app.browser.page
    const find = new FindBar(page)
    await library.newArticle()
    await page.keyboard.insertText('صديقان')
    // The second أحمد starts bold: «أح» bold, «مد» plain.
    await editor.typeInBody('قال أحمد لصديقه: يا ')
    await page.keyboard.press('Control+B')
    await page.keyboard.insertText('أح')
    await page.keyboard.press('Control+B')
    await page.keyboard.insertText('مد تعال.')
    const original = 'قال أحمد لصديقه: يا أحمد تعال.'
    await expect.poll(() => editor.bodyText()).toBe(original)
    expect(await editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['أح'])

    // Ctrl+F opens the bar (the page's own find does not: the key is taken).
    await page.evaluate(() => {
      window.addEventListener('keydown', (e) => {
        if (e.key.toLowerCase() === 'f') window.__findDefaultPrevented = e.defaultPrevented
      })
    })
    await find.openFind()
    expect(await page.evaluate(() => window.__findDefaultPrevented)).toBe(true)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('find-input')
    expect(await find.root.getAttribute('role')).toBe('search')

    await find.search('احمد')
    await expect.poll(() => find.position()).toEqual([1, 2])
    expect(await find.count.innerText()).toMatch(/[1١] من [2٢]/)
    expect(await find.highlighted(CURRENT_HIGHLIGHT)).toEqual(['أحمد'])
    expect(await find.highlighted(MATCH_HIGHLIGHT)).toEqual(['أحمد'])
    const first = await find.currentOffset()
    expect(first).toBe(4)

    // Enter: next (the bold one); Shift+Enter: back; F3: next again.
    await find.query.press('Enter')
    await expect.poll(() => find.position()).toEqual([2, 2])
    const second = await find.currentOffset()
    expect(second).toBe(original.indexOf('أحمد', 5))
    await find.query.press('Shift+Enter')
    await expect.poll(() => find.position()).toEqual([1, 2])
    expect(await find.currentOffset()).toBe(first)
    await page.keyboard.press('F3')
    await expect.poll(() => find.position()).toEqual([2, 2])

    // Options: exact finds neither (both are written with hamza); whole word still finds both.
    await find.option('exact', true)
    await expect.poll(() => find.position()).toEqual([0, 0])
    await find.option('exact', false)
    await find.option('whole-word', true)
    await expect.poll(() => find.position()).toEqual([1, 2])
    await find.option('whole-word', false)
    await find.query.press('Enter')
    await expect.poll(() => find.position()).toEqual([2, 2])

    // Escape: the bar closes and the text has the current match selected.
    await find.query.press('Escape')
    await expect.poll(() => find.root.count()).toBe(0)
    await expect.poll(() => editor.selectedText()).toBe('أحمد')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor')

    // Ctrl+H: replace; the selection is the query.
    await find.openReplace()
    await expect.poll(() => find.query.inputValue()).toBe('أحمد')
    await expect.poll(() => find.position()).toEqual([1, 2])
    await find.replacement.fill('محمد')
    await app.screenshot('find.png')
    await find.replaceAll()
    await expect.poll(() => editor.bodyText()).toBe('قال محمد لصديقه: يا محمد تعال.')
    await expect.poll(() => find.position()).toEqual([0, 0])
    // The replaced word takes the format of the match's first node: the bold one stays bold.
    expect(await editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['محمد'])

    // One Ctrl+Z brings both back, bold as it was.
    await find.query.press('Escape')
    await expect.poll(() => find.root.count()).toBe(0)
    await page.keyboard.press('Control+Z')
    await expect.poll(() => editor.bodyText()).toBe(original)
    expect(await editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['أح'])

    // Replace one: the current match only; the next becomes current.
    await find.openReplace()
    await find.search('احمد')
    await expect.poll(() => find.position()).toEqual([1, 2])
    await find.replacement.fill('محمد')
    await find.replaceOne()
    await expect.poll(() => editor.bodyText()).toBe('قال محمد لصديقه: يا أحمد تعال.')
    await expect.poll(() => find.position()).toEqual([1, 1])
    expect(await find.highlighted(CURRENT_HIGHLIGHT)).toEqual(['أحمد'])

    // Typing in the text with the bar open: the count follows, the caret stays where it types.
    await editor.typeInBody(' وأَحْمَد')
    await expect.poll(() => editor.bodyText()).toBe('قال محمد لصديقه: يا أحمد تعال. وأَحْمَد')
    await expect.poll(() => find.position()).toEqual([1, 2])
    await page.keyboard.insertText('!')
    await expect.poll(() => editor.bodyText()).toBe('قال محمد لصديقه: يا أحمد تعال. وأَحْمَد!')
  })
})
