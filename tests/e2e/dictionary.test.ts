// The person's dictionary: a word added from the spelling menu is listed in its panel, and
// removing it there brings its underline back in the open article at once.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { DictionaryPanel } from './pages/DictionaryPanel'
import { DICTIONARY, NAME, SpellingPage } from './pages/SpellingPage'

describe('my dictionary', () => {
  it('lists the words I added, filters them, and removing one underlines it again', async ({ app }) => {
    const { library, editor } = app
    const page = app.browser.page
    const spelling = new SpellingPage(page)
    const dictionary = new DictionaryPanel(page)
    await library.newArticle()
    await page.keyboard.insertText('زيارة')
    await editor.typeParagraphs([`وصل ${NAME} إلى المدينة، والتقى بالطلاب الذى ذهبو إلى المدرسة.`])
    await expect.poll(() => spelling.underlined(), DICTIONARY).toEqual([NAME, 'الذى', 'ذهبو'])

    // Empty at first; then two words added from the spelling menu.
    await dictionary.open()
    await expect.poll(() => dictionary.empty.isVisible()).toBe(true)
    await spelling.openMenu(NAME)
    await spelling.menu.getByTestId('spelling-add').click()
    await spelling.openMenu('ذهبو')
    await spelling.menu.getByTestId('spelling-add').click()
    await expect.poll(() => spelling.underlined()).toEqual(['الذى'])
    await expect.poll(() => dictionary.wordTexts()).toEqual(expect.arrayContaining([NAME, 'ذهبو']))
    expect(await dictionary.words.count()).toBe(2)

    // The filter folds letter forms like search does.
    await dictionary.root.getByTestId('dictionary-filter').fill('كزب')
    await expect.poll(() => dictionary.wordTexts()).toEqual([NAME])
    await app.screenshot('dictionary.png')
    await dictionary.root.getByTestId('dictionary-filter').fill('')

    // Removing a word: gone from the list, underlined again in the text; the other stays accepted.
    await dictionary.remove('ذهبو')
    await expect.poll(() => dictionary.wordTexts()).toEqual([NAME])
    await expect.poll(() => spelling.underlined(), DICTIONARY).toEqual(['الذى', 'ذهبو'])
    expect(await app.call<{ word: string }[]>('listDictionary')).toEqual([expect.objectContaining({ word: NAME })])
  })
})
