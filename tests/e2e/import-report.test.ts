// The import report names a duplicate by the title of the article already in the library, set in
// its own direction, never by that article's id (which read bidi-scrambled inside Arabic).
import { readFileSync } from 'node:fs'
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { OWN_COLUMN, REAL_COLUMN } from '../support/columns'
import { ImportPanel } from './pages/ImportPanel'

/** The publication's real column when ../shared is in reach, else our own. */
const COLUMN = REAL_COLUMN.path ? REAL_COLUMN : OWN_COLUMN

describe('import report', () => {
  it('names a duplicate by its title, in both languages', async ({ app }) => {
    const { library, page } = { ...app, page: app.browser.page }
    const file = { name: 'column.txt', mimeType: 'text/plain', base64: readFileSync(COLUMN.path!).toString('base64') }
    const panel = new ImportPanel(page)
    await panel.pick([file])
    await expect.poll(() => library.items.count()).toBe(1)
    const [{ id }] = (await app.call<{ items: { id: string }[] }>('listArticles')).items as [{ id: string }]
    await page.getByTestId('dismiss-import').click()

    await panel.pick([file])
    const problem = panel.problems.first()
    await expect.poll(() => problem.getAttribute('data-outcome')).toBe('skipped')
    // What the person reads: the duplicated article's title, not its id.
    await expect.poll(() => problem.innerText()).toContain(`«${COLUMN.title}»`)
    expect(await problem.innerText()).not.toContain(id)
    const duplicate = problem.getByTestId('import-duplicate')
    expect(await duplicate.innerText()).toContain('موجودة في المكتبة')
    // The title is isolated in its own direction, so the sentence around it keeps its order.
    expect(await duplicate.locator('bdi').getAttribute('dir')).toBe('rtl')
    await app.screenshot('import-duplicate.png')
    await page.getByTestId('language-toggle').click()
    await expect.poll(() => duplicate.innerText()).toContain('already in the library')
    expect(await duplicate.innerText()).toContain(`«${COLUMN.title}»`)
    expect(app.browser.errors).toEqual([])
  })
})
