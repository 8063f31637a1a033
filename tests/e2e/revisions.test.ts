// Revisions and save conflicts end to end.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { documentFromParagraphs } from '../../src/shared/document'

interface ArticleLike {
  id: string
  version: number
  title: string
}

describe('revisions', () => {
  it('lists revisions, shows a word diff, restores one, and Ctrl+Z undoes the restore', async ({ app }) => {
    const { library, editor, revisions, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await page.keyboard.insertText('مقالة المراجعات')
    await editor.typeInBody('كتب الصحفي مقالته الأولى عن البحر')
    await editor.saveNow()
    await editor.typeInBody(' ثم أضاف فقرة عن الميناء القديم')
    await editor.saveNow()

    await editor.openRevisions()
    await expect.poll(() => revisions.items.count()).toBeGreaterThanOrEqual(2)
    // The oldest revision that holds the first sentence alone.
    const count = await revisions.items.count()
    let chosen = -1
    for (let i = 0; i < count; i++) {
      await revisions.select(i)
      await revisions.showPreview()
      const text = await revisions.preview.innerText()
      if (text.includes('البحر') && !text.includes('الميناء')) {
        chosen = i
        break
      }
    }
    expect(chosen).toBeGreaterThanOrEqual(0)
    await revisions.showDiff()
    // Against the current text, this revision lacks the added words.
    await expect.poll(() => revisions.diff.locator('del, ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('الميناء')]))
    await app.screenshot('revisions.png')

    await revisions.restore()
    await expect.poll(() => editor.bodyText()).not.toContain('الميناء')
    expect(await editor.bodyText()).toContain('كتب الصحفي مقالته الأولى عن البحر')
    await editor.waitSaved()
    const saved = await app.call<{ bodyText: string }>('getArticle', (await app.call<{ items: ArticleLike[] }>('listArticles')).items[0]!.id)
    expect(saved.bodyText).not.toContain('الميناء')

    // The restore was an edit: undo brings the newer text back (and autosave keeps it).
    await editor.body.click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.bodyText()).toContain('الميناء')
    await editor.waitSaved()
    expect(app.browser.errors).toEqual([])
  })

  it('undoing a restore brings back the whole article: body, title and author; redo restores again', async ({ app }) => {
    const { library, editor, revisions, page } = { ...app, page: app.browser.page }
    const TITLE = 'عنوان قبل الاسترجاع'
    const author = await app.call<{ id: number }>('createAuthor', 'كاتب المراجعات', null)
    // The oldest revision is the article as created: no title, no author, no words.
    const created = await app.call<ArticleLike>('createArticle', {})
    await app.call('saveArticle', {
      id: created.id,
      baseVersion: created.version,
      changes: { title: TITLE, authorId: author.id, document: documentFromParagraphs(['فقرة كتبت قبل الاسترجاع.']) },
      reason: 'manual'
    })
    await page.reload()
    await library.openArticle(TITLE)
    await editor.typeInBody(' وإضافة بعدها')
    await editor.waitSaved()
    const stored = async (): Promise<{ title: string; authorId: number | null; bodyText: string }> => {
      const a = await app.call<{ title: string; author: { id: number } | null; bodyText: string }>('getArticle', created.id)
      return { title: a.title, authorId: a.author?.id ?? null, bodyText: a.bodyText }
    }
    const before = await stored()
    expect(before).toEqual({ title: TITLE, authorId: author.id, bodyText: 'فقرة كتبت قبل الاسترجاع. وإضافة بعدها' })

    await editor.openRevisions()
    await expect.poll(() => revisions.items.count()).toBeGreaterThanOrEqual(3)
    await revisions.select((await revisions.items.count()) - 1)
    await revisions.restore()
    await expect.poll(() => editor.title.inputValue()).toBe('')
    await expect.poll(() => editor.bodyText()).not.toContain('فقرة')
    await editor.waitSaved()
    expect(await stored()).toEqual({ title: '', authorId: null, bodyText: '' })

    // Ctrl+Z, as the message suggests: everything comes back, in the page and in the library.
    await editor.body.click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.bodyText()).toContain('وإضافة بعدها')
    await expect.poll(() => editor.title.inputValue()).toBe(TITLE)
    await expect.poll(() => library.titles()).toContain(TITLE)
    await expect.poll(stored).toEqual(before)
    await editor.waitSaved()

    // Redo puts the revision back, title and author included; undo again returns.
    await page.keyboard.press('Control+y')
    await expect.poll(() => editor.title.inputValue()).toBe('')
    await expect.poll(stored).toEqual({ title: '', authorId: null, bodyText: '' })
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.title.inputValue()).toBe(TITLE)
    await expect.poll(stored).toEqual(before)
    expect(app.browser.errors).toEqual([])
  })
})

describe('save conflicts', () => {
  it('shows a choice when the article changed elsewhere; "keep mine" saves my text over it', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await page.keyboard.insertText('مقالة التعارض')
    await editor.typeInBody('نصي الأصلي')
    await editor.waitSaved()
    const { items } = await app.call<{ items: ArticleLike[] }>('listArticles')
    const current = await app.call<ArticleLike>('getArticle', items[0]!.id)
    // Another window saves a newer version.
    await app.call('saveArticle', { id: current.id, baseVersion: current.version, changes: { title: 'عنوان من نافذة أخرى' } })
    await editor.typeInBody(' وإضافتي التي لا يجوز أن تضيع')
    const dialog = page.getByTestId('conflict')
    await dialog.waitFor({ timeout: 10_000 })
    expect(await editor.saveState.getAttribute('data-state')).toBe('error')
    expect(await dialog.innerText()).toContain('عنوان من نافذة أخرى')
    expect(await dialog.innerText()).toContain('وإضافتي التي لا يجوز أن تضيع')
    await app.screenshot('conflict.png')
    await dialog.getByTestId('conflict-keep-mine').click()
    await editor.waitSaved()
    await expect.poll(() => dialog.count()).toBe(0)
    const after = await app.call<{ bodyText: string; title: string }>('getArticle', current.id)
    expect(after.bodyText).toContain('وإضافتي التي لا يجوز أن تضيع')
    expect(after.title).toBe('مقالة التعارض')
    expect(app.browser.errors).toEqual([])
  })

  it('"copy mine" keeps my text as a new article and shows the saved version here', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await page.keyboard.insertText('مقالة النسخ')
    await editor.typeInBody('البداية')
    await editor.waitSaved()
    const { items } = await app.call<{ items: ArticleLike[] }>('listArticles')
    const current = await app.call<ArticleLike>('getArticle', items[0]!.id)
    await app.call('saveArticle', { id: current.id, baseVersion: current.version, changes: { title: 'نسختهم' } })
    await editor.typeInBody(' ونسختي أنا')
    const dialog = page.getByTestId('conflict')
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByTestId('conflict-copy-mine').click()
    await expect.poll(async () => (await app.call<{ items: ArticleLike[] }>('listArticles')).items.length).toBe(2)
    const all = (await app.call<{ items: ArticleLike[] }>('listArticles')).items
    const copy = all.find((a) => a.id !== current.id)!
    const copyFull = await app.call<{ bodyText: string; title: string }>('getArticle', copy.id)
    expect(copyFull.bodyText).toContain('ونسختي أنا')
    expect(copyFull.title).toContain('مقالة النسخ')
    // The copy is open now.
    await expect.poll(() => editor.title.inputValue()).toContain('مقالة النسخ')
    expect(app.browser.errors).toEqual([])
  })
})
