// The writing room under real data (issue 12): the header holds one row whatever the authors'
// names, each region has one scroll, and Latin words sit at the size of the Arabic around them.
import { afterEach, describe, expect, it } from 'vitest'
import { documentFromParagraphs } from '../../src/shared/document'
import { openApp, type App } from './pages/app'
import { COLUMN_PARAGRAPHS, COLUMN_PULL_QUOTE, COLUMN_TITLE } from './pages/column'
import { Layout } from './pages/Layout'

let app: App | null = null

afterEach(async () => {
  await app?.close()
  app = null
})

describe('type', () => {
  it('sets Latin words and Western digits at the size of the Arabic around them', async () => {
    app = await openApp({ width: 1280, height: 800 })
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
