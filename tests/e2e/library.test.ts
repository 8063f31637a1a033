// The library sidebar end to end: search (Arabic-aware), status filter and counts, trash.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import type { App } from './pages/app'
import { COLUMN_PARAGRAPHS } from './pages/column'

async function seed(a: App): Promise<void> {
  const author = await a.call<{ id: number }>('createAuthor', 'أسامة الكاتب', null)
  const other = await a.call<{ id: number }>('createAuthor', 'Layla Haddad', null)
  const docOf = (paragraphs: string[]) => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }]
      }))
    }
  })
  await a.call('createArticle', {
    title: 'رسالة إلى أسامة',
    authorId: author.id,
    status: 'ready',
    document: docOf(['كتب أسامة رسالته الأولى من المدينة القديمة، ثم عاد إلى البحر.'])
  })
  await a.call('createArticle', { title: 'المدينة التي تكتب نفسها', authorId: author.id, status: 'draft', document: docOf(COLUMN_PARAGRAPHS) })
  await a.call('createArticle', {
    title: 'A note in English',
    authorId: other.id,
    status: 'published',
    document: docOf(['Written in Latin script, with one Arabic word: مدينة.'])
  })
  await a.call('createArticle', { title: 'عن الصباحات', status: 'editing', document: docOf(['الصباح في المدن الساحلية له رائحة مختلفة.']) })
}

describe('library', () => {
  it('finds a hamza-spelled word from a plain-alef query, with the hit highlighted', async ({ app }) => {
    await seed(app)
    const { library, page } = { ...app, page: app.browser.page }
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => library.items.count()).toBe(4)
    await library.searchFor('اسامة')
    const results = page.getByTestId('search-results')
    await results.waitFor()
    const titles = await results.getByTestId('article-item-title').allInnerTexts()
    expect(titles).toContain('رسالة إلى أسامة')
    const marks = await results.locator('mark').allInnerTexts()
    expect(marks).toContain('أسامة')
    await app.screenshot('library-search.png')
    await library.clearSearch()
    expect(app.browser.errors).toEqual([])
  })

  it('finds «للأزمة» from «الأزمة», highlighting the whole form, and explains the search syntax', async ({ app }) => {
    const docOf = (text: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }]
          }
        ]
      }
    })
    await app.call('createArticle', { title: 'حلول مؤجلة', document: docOf('لا حلول للأزمة قبل الصيف.') })
    await app.call('createArticle', { title: 'الرياضة للجميع', document: docOf('ملاعب جديدة في المدارس.') })
    const { library, page } = { ...app, page: app.browser.page }
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => library.items.count()).toBe(2)
    await library.searchFor('الأزمة')
    const found = await library.results()
    expect(found.titles).toEqual(['حلول مؤجلة'])
    expect(found.marks).toEqual(['للأزمة'])
    expect(found.count).toMatch(/1|١/)
    // Quotes turn the folding off: the exact form is not in the library.
    await library.searchFor('"الأزمة"')
    await expect.poll(() => page.getByTestId('search-results').count()).toBe(0)
    expect(await library.searchHelp()).toContain('OR')
    expect(app.browser.errors).toEqual([])
  })

  it('changes an article’s status, counts it, and filters by it', async ({ app }) => {
    await seed(app)
    const { library, editor, page } = { ...app, page: app.browser.page }
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => library.items.count()).toBe(4)
    expect(await library.count('ready')).toBe(1)
    await library.openArticle('المدينة التي تكتب نفسها')
    await editor.setStatus('ready')
    await editor.waitSaved()
    await expect.poll(() => library.count('ready')).toBe(2)
    expect(await library.count('draft')).toBe(0)
    await library.filterByStatus('ready')
    await expect.poll(async () => (await library.titles()).sort()).toEqual(['المدينة التي تكتب نفسها', 'رسالة إلى أسامة'].sort())
    // The status chip is the same filter.
    await page.getByTestId('count-published').click()
    await expect.poll(() => library.titles()).toEqual(['A note in English'])
    await app.screenshot('library.png')
    expect(app.browser.errors).toEqual([])
  })

  it('filters by author, shows an offline placeholder for a dead picture, and sorts by title', async ({ app }) => {
    await seed(app)
    const authors = await app.call<{ id: number; name: string }[]>('listAuthors')
    // A picture that cannot load (as when offline).
    await app.call('setAuthorPicture', authors.find((a) => a.name === 'Layla Haddad')!.id, 'https://127.0.0.1:1/unreachable.png')
    const { library, page } = { ...app, page: app.browser.page }
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => library.items.count()).toBe(4)
    const option = library.authorFilter.locator('option', { hasText: 'Layla Haddad' })
    await library.authorFilter.selectOption((await option.getAttribute('value')) ?? '')
    await expect.poll(() => library.titles()).toEqual(['A note in English'])
    // The picture URL cannot load: the initial stands in for it.
    await expect.poll(() => library.items.first().getByTestId('avatar-placeholder').count()).toBe(1)
    await library.authorFilter.selectOption('')
    await page.getByTestId('sort').selectOption('title')
    await page.getByTestId('sort-order').click()
    await expect.poll(async () => (await library.titles()).length).toBe(4)
    expect(app.browser.errors.filter((e) => !/unreachable\.png|ERR_/.test(e))).toEqual([])
  })

  it('moves an article to the trash and restores it', async ({ app }) => {
    await seed(app)
    const { library, page } = { ...app, page: app.browser.page }
    await page.reload({ waitUntil: 'load' })
    await library.openArticle('عن الصباحات')
    await page.getByTestId('trash-article').click()
    await expect.poll(() => library.titles()).not.toContain('عن الصباحات')
    await library.openArticle('رسالة إلى أسامة')
    await library.showTrash()
    const trashed = page.getByTestId('trash-item')
    await expect.poll(() => trashed.count()).toBe(1)
    await trashed.getByTestId('restore-article').click()
    // Back among the articles at once, the restored one open and selected.
    await expect.poll(() => library.titles()).toContain('عن الصباحات')
    await expect.poll(() => library.item('عن الصباحات').getAttribute('aria-current')).toBe('true')
    await expect.poll(() => app.editor.title.inputValue()).toBe('عن الصباحات')
    expect(await trashed.count()).toBe(0)
    // From the trash, the search box searches the articles.
    await library.showTrash()
    await expect.poll(() => page.getByTestId('trash-toggle').getAttribute('aria-pressed')).toBe('true')
    await library.searchFor('اسامة')
    // searchFor returns on the first note (the results' "loading" included): wait for the results.
    await expect.poll(() => page.getByTestId('search-results').getByTestId('article-item-title').allInnerTexts()).toContain('رسالة إلى أسامة')
    expect(app.browser.errors).toEqual([])
  })

  it('keyboard: Ctrl+N starts an article, Ctrl+K searches, everything has a name', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await page.locator('body').click()
    await page.keyboard.press('Control+n')
    await editor.body.waitFor()
    await expect.poll(() => library.items.count()).toBe(1)
    await page.keyboard.insertText('عنوان من لوحة المفاتيح')
    await page.keyboard.press('Control+k')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('library-search')
    // Every control a keyboard can reach has an accessible name.
    const unnamed = await page.evaluate(() => {
      // Only form controls have labels: read them as an input's, undefined elsewhere.
      return Array.from(
        document.querySelectorAll<HTMLElement & Partial<Pick<HTMLInputElement, 'labels'>>>('button, input, select, textarea, [contenteditable="true"], a[href]')
      )
        .filter(
          (el) =>
            !(
              el.getAttribute('aria-label') ||
              el.getAttribute('aria-labelledby') ||
              (el.labels && el.labels.length > 0) ||
              (el.textContent ?? '').trim() ||
              el.getAttribute('title')
            )
        )
        .map((el) => `${el.tagName}#${el.id}.${el.getAttribute('data-testid')}`)
    })
    expect(unnamed).toEqual([])
    expect(app.browser.errors).toEqual([])
  })
})

describe('import and export', () => {
  it('imports a tagged article file with a report, and exports the article back as a download', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const tatweel = '\u0640'.repeat(25)
    const file = [
      '[author image="https://example.com/a.jpg" alt="" class="avatar photo" height="60" width="60"]سلمى الراوي[/author]',
      '\u201d البحر لا ينسى من أحبّه.\u201d',
      tatweel,
      'في صباح شتوي خرجت إلى الميناء القديم. البحر لا ينسى من أحبّه.',
      'ثم عدت إلى المدينة وكتبت هذا العمود.'
    ].join('\n')
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('import').click()
    await (await chooser).setFiles({ name: 'column.txt', mimeType: 'text/plain', buffer: Buffer.from(file, 'utf8') })
    const report = page.getByTestId('import-report')
    await report.waitFor()
    await expect.poll(() => library.items.count()).toBe(1)
    await library.items.first().click()
    await expect.poll(() => editor.bodyText()).toContain('الميناء القديم')
    expect(await editor.pullQuote.inputValue()).toContain('البحر لا ينسى من أحبّه')

    // Export opens the export view; its Save is a download in a browser.
    await page.getByTestId('export-article').click()
    await page.getByTestId('export-text').waitFor()
    const download = page.waitForEvent('download')
    await page.getByTestId('export-save').click()
    const d = await download
    expect(d.suggestedFilename()).toMatch(/\.txt$/)
    const path = await d.path()
    const { readFileSync } = await import('node:fs')
    const text = readFileSync(path, 'utf8')
    expect(text.startsWith('[author image="https://example.com/a.jpg"')).toBe(true)
    expect(text).toContain('في صباح شتوي خرجت إلى الميناء القديم.')
    expect(app.browser.errors.filter((e) => !/example\.com\/a\.jpg/.test(e))).toEqual([])
  })
})
