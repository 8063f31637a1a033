// The writing room under real data (issue 12): the header holds one row whatever the authors'
// names, each region has one scroll, and Latin words sit at the size of the Arabic around them.
import { readFileSync } from 'node:fs'
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { documentFromParagraphs } from '../../src/shared/document'
import { OWN_COLUMN, REAL_COLUMN } from '../support/columns'
import type { App } from './pages/app'
import { COLUMN_PARAGRAPHS, COLUMN_PULL_QUOTE, COLUMN_TITLE } from './pages/column'
import { Layout } from './pages/Layout'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
] as const

/** The publication's real column when ../shared is in reach, else our own: the room is tried on real prose either way. */
const COLUMN = REAL_COLUMN.path ? REAL_COLUMN : OWN_COLUMN

/** A whole sentence typed where a name goes, as an old system's export put it: 200 characters. */
const SENTENCE_NAME =
  'هذا ليس اسما بل جملة كاملة كتبها أحدهم في خانة الكاتب حين نقلت المقالات من النظام القديم الذي لم يكن يفرق بين الكاتب والعنوان والمقدمة، ولا بين سطر وآخر، فبقيت هنا تنتظر من يصححها ويعيد لها ما كان'.slice(
    0,
    200
  )
const LONG_LATIN_NAME = `Dr. ${'Alexandra Montgomery-Fitzwilliam '.repeat(6)}`.slice(0, 200).trim()

/** 300 authors: short and long names, Arabic and Latin, one a sentence, some up to 200 characters. */
function authorNames(): string[] {
  const given = ['أحمد', 'فاطمة', 'يوسف', 'مريم', 'إبراهيم', 'ليلى', 'عمر', 'هدى', 'خالد', 'سلمى', 'طارق', 'نور']
  const family = ['الحسيني', 'المنصوري', 'الأنصاري', 'العبدالله', 'القحطاني', 'الشمري', 'البغدادي', 'الحكيم', 'الراوي', 'السالم']
  const names = [SENTENCE_NAME, LONG_LATIN_NAME]
  for (let i = 0; names.length < 300; i++) {
    const base = `${given[i % given.length]} ${family[(i * 7) % family.length]} ${i + 1}`
    // Every tenth a long one: a name with titles and the paper's section after it.
    names.push(i % 10 === 9 ? `${base} — ${'كاتب رأي ومحرر الصفحة الثقافية ومراسل سابق '.repeat(5)}`.slice(0, 120 + (i % 80)).trim() : base)
  }
  return names
}

async function seedAuthorsAndColumn(a: App): Promise<{ title: string; sentenceAuthor: number }> {
  let sentenceAuthor = 0
  for (const name of authorNames()) {
    const author = await a.call<{ id: number }>('createAuthor', name, null)
    if (name === SENTENCE_NAME) sentenceAuthor = author.id
  }
  const report = await a.call<{ imported: number }>('importFiles', [{ name: 'column.txt', base64: readFileSync(COLUMN.path!).toString('base64') }])
  expect(report.imported).toBe(1)
  return { title: COLUMN.title, sentenceAuthor }
}

describe('the header under 300 authors', () => {
  for (const size of SIZES) {
    it(`holds one row inside the window at ${size.width}×${size.height}, and finds an author by part of the name, in both languages`, async ({ openApp }) => {
      const app = await openApp(size)
      const { library, editor, page } = { ...app, page: app.browser.page }
      const { title, sentenceAuthor } = await seedAuthorsAndColumn(app)
      const [{ id }] = (await app.call<{ items: { id: string }[] }>('listArticles')).items as [{ id: string }]
      const article = await app.call<{ version: number }>('getArticle', id)
      await app.call('saveArticle', { id, baseVersion: article.version, changes: { authorId: sentenceAuthor } })
      await page.reload({ waitUntil: 'load' })
      await library.openArticle(title)
      // The authors are in (the header has the sentence to show).
      await expect.poll(() => editor.author.textContent()).toContain(SENTENCE_NAME)
      const layout = new Layout(page)
      for (const language of ['ar', 'en'] as const) {
        if (language === 'en') await page.getByTestId('language-toggle').click()
        await expect.poll(() => page.getByTestId('new-article').innerText()).toContain(language === 'en' ? 'New article' : 'مقالة جديدة')
        const header = await layout.box('.meta-bar')
        const control = await layout.box('[data-testid="article-status"]')
        // Inside the window, at its top, one row high: every part of it on the same line.
        expect(header.y).toBeGreaterThanOrEqual(0)
        expect(header.x).toBeGreaterThanOrEqual(0)
        expect(header.x + header.width).toBeLessThanOrEqual(size.width + 0.5)
        expect(header.height).toBeLessThan(control.height * 2)
        for (const part of await layout.childBoxes('.meta-bar')) {
          expect(part.x).toBeGreaterThanOrEqual(header.x - 0.5)
          expect(part.x + part.width).toBeLessThanOrEqual(header.x + header.width + 0.5)
          expect(Math.abs(part.y + part.height / 2 - (control.y + control.height / 2))).toBeLessThan(4)
        }
        await app.screenshot(`header-${language}-${size.width}.png`)
        // The whole name is there (cut on screen, whole for the title and a screen reader).
        expect(await editor.authorName()).toBe(SENTENCE_NAME)

        // The picker: part of a name (another alef spelling than the name's) finds it among 300.
        await editor.searchAuthors('ابراهيم القحطاني')
        await expect.poll(() => editor.authorOptions.allInnerTexts()).toEqual(expect.arrayContaining(['إبراهيم القحطاني 53']))
        const menu = await layout.box('[data-testid="author-menu"]')
        expect(menu.x).toBeGreaterThanOrEqual(0)
        expect(menu.x + menu.width).toBeLessThanOrEqual(size.width + 0.5)
        await app.screenshot(`author-picker-${language}-${size.width}.png`)
        await editor.chooseAuthor('ابراهيم القحطاني 53', 'إبراهيم القحطاني 53')
        await expect.poll(() => editor.authorName()).toBe('إبراهيم القحطاني 53')
        await editor.waitSaved()
        // And back to the sentence, by a few of its words and the keyboard.
        await editor.searchAuthors('خانة الكاتب')
        await expect.poll(() => editor.authorOptions.allInnerTexts()).toEqual([SENTENCE_NAME, language === 'en' ? 'New author…' : 'كاتب جديد…'])
        await page.keyboard.press('Enter')
        await expect.poll(() => editor.authorName()).toBe(SENTENCE_NAME)
        await editor.waitSaved()
      }
      expect(app.browser.errors).toEqual([])
    })
  }
})

describe('the writing room with the pull-quote panel open', () => {
  for (const size of SIZES) {
    it(`has one scroll per region, none a slit, and a readable measure at ${size.width}×${size.height}, in both languages`, async ({ openApp }) => {
      const app = await openApp(size)
      const { library, editor, pullQuotes, page } = { ...app, page: app.browser.page }
      const report = await app.call<{ imported: number }>('importFiles', [{ name: 'column.txt', base64: readFileSync(COLUMN.path!).toString('base64') }])
      expect(report.imported).toBe(1)
      // A library long enough for its list to scroll.
      for (let i = 1; i <= 40; i++)
        await app.call('createArticle', { title: `مسودة رقم ${i}`, document: documentFromParagraphs([COLUMN_PARAGRAPHS[i % COLUMN_PARAGRAPHS.length]!]) })
      await page.reload({ waitUntil: 'load' })
      await library.openArticle(COLUMN.title)
      await pullQuotes.open()
      await expect.poll(() => pullQuotes.candidates.count()).toBeGreaterThan(2)
      const layout = new Layout(page)
      for (const language of ['ar', 'en'] as const) {
        if (language === 'en') await page.getByTestId('language-toggle').click()
        await expect.poll(() => page.getByTestId('new-article').innerText()).toContain(language === 'en' ? 'New article' : 'مقالة جديدة')
        await app.screenshot(`room-${language}-${size.width}.png`)
        const regions = {
          sidebar: await layout.box('.sidebar'),
          page: await layout.box('.page-scroll'),
          panel: await layout.box('[data-testid="pullquote-panel"]')
        }
        const panes = await layout.scrollPanes()
        const inside = (b: { x: number; y: number; width: number; height: number }, r: typeof b): boolean => {
          const cx = b.x + b.width / 2
          const cy = b.y + b.height / 2
          return cx >= r.x && cx <= r.x + r.width && cy >= r.y && cy <= r.y + r.height
        }
        for (const [name, region] of Object.entries(regions)) {
          const mine = panes.filter((p) => inside(p.box, region))
          // One scroll in each region: never one scroll pane inside another.
          expect(
            mine.map((p) => p.name),
            `${name} (${language})`
          ).toHaveLength(1)
          // And not a slit: at least half the window's height.
          expect(mine[0]!.box.height, `${name}'s scroll (${language})`).toBeGreaterThanOrEqual(size.height / 2)
        }
        // Every scroll pane belongs to a region.
        expect(panes.filter((p) => !Object.values(regions).some((r) => inside(p.box, r))).map((p) => p.name)).toEqual([])
        // The page keeps a measure a reader can follow beside the panel: 17 em and more (about
        // eight words of the column).
        const measure = await editor.body.evaluate((el) => el.clientWidth / parseFloat(getComputedStyle(el).fontSize))
        expect(measure, `measure in em (${language})`).toBeGreaterThanOrEqual(17)
      }
      // The tools that had no room are under "More", and work from there.
      if (await page.getByTestId('meta-more').isVisible()) {
        await page.getByTestId('meta-more').click()
        await page.getByTestId('toggle-revisions').click()
        await page.getByTestId('revisions').waitFor()
      }
      expect(app.browser.errors).toEqual([])
    })
  }
})

describe('type', () => {
  it('sets Latin words and Western digits at the size of the Arabic around them', async ({ openApp }) => {
    const app = await openApp({ width: 1280, height: 800 })
    const { library, page } = { ...app, page: app.browser.page }
    await app.call('createArticle', { title: COLUMN_TITLE, pullQuote: COLUMN_PULL_QUOTE, document: documentFromParagraphs(COLUMN_PARAGRAPHS) })
    await page.reload({ waitUntil: 'load' })
    await library.openArticle(COLUMN_TITLE)
    const layout = new Layout(page)
    // Ink above the baseline, in em, as the body's fonts draw it: Latin lower case, capitals,
    // digits; the Arabic letters' body (س، م) and the alef.
    const [x, cap, digit, body, alef] = await layout.inkHeights('[data-testid="editor"]', ['x', 'H', '8', 'سم', 'ا'])
    // Capitals and digits no taller than the alef, the lower case within a third of the Arabic
    // body (Naskh's own Latin: x 0.54 em against 0.34, capitals 0.72 against the alef's 0.68).
    expect(cap!).toBeLessThanOrEqual(alef!)
    expect(digit!).toBeLessThanOrEqual(alef!)
    expect(x! / body!).toBeLessThanOrEqual(4 / 3)
    expect(x! / body!).toBeGreaterThanOrEqual(1)
    await page.getByText('Smart City').first().scrollIntoViewIfNeeded()
    await app.screenshot('latin-size.png')
    expect(app.browser.errors).toEqual([])
  })
})
