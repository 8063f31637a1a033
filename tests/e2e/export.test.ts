// Export end to end in Chromium through the browser host: the export view shows the very bytes
// `amud export` writes, the checklist catches what would go wrong in the paper (and fixes what
// it can, undoably), the preview prints alone, and batch export writes files `amud check` passes.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect } from 'vitest'
import { it } from './support/fixtures'
import type { App } from './pages/app'
import { BatchExport } from './pages/BatchExport'
import { ExportView } from './pages/ExportView'
import { ROOT } from './support/host'

const temps: string[] = []

afterEach(async () => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amud-e2e-export-'))
  temps.push(dir)
  return dir
}

function amudCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'amud.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

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

// What the eye misses: a no-break space, a right-to-left mark, a tatweel run, a trailing space.
const MARKED = [
  'في صباح شتوي خرجت إلى الميناء القديم، وكان البحر جميـــلًا كعادته في كانون.',
  'دفعت 20\u00A0دينارًا ثمن الفطور، ثم\u200F عدت إلى المدينة. ',
  'البحر لا ينسى من أحبّه، ولا يسأل عن الأسماء.'
]

async function seedOne(a: App, paragraphs: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const author = await a.call<{ id: number }>('createAuthor', 'سلمى الراوي', 'https://127.0.0.1:1/salma.jpg')
  const created = await a.call<{ id: string }>('createArticle', {
    title: 'عن البحر',
    authorId: author.id,
    status: 'ready',
    document: docOf(paragraphs),
    ...extra
  })
  return created.id
}

describe('export view', () => {
  it('shows exactly the bytes `amud export` writes, marks what the eye misses, saves the same bytes, and publishes', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const id = await seedOne(app, MARKED, { pullQuote: 'البحر لا ينسى من أحبّه' })
    await page.reload({ waitUntil: 'load' })
    await library.openArticle('عن البحر')
    // A change made in the UI and not yet saved: the view saves it before showing the file.
    await editor.typeInBody(' سطر أضيف من الواجهة.')
    const view = new ExportView(page)
    await view.openWithShortcut()
    await expect.poll(() => view.shownText()).toContain('سطر أضيف من الواجهة.')
    const shown = await view.shownText()

    const out = tempDir()
    execFileSync(process.execPath, [join(ROOT, 'bin', 'amud.mjs'), 'export', '--id', id, '--out', out, '--library', app.host.libraryPath], { cwd: ROOT })
    const [written] = readdirSync(out)
    const file = readFileSync(join(out, written!))
    expect(Buffer.from(shown, 'utf8').equals(file)).toBe(true)
    expect(await page.getByTestId('export-file-name').innerText()).toBe(written)

    expect(await view.marks('nbsp')).toBe(1)
    expect(await view.marks('bidi')).toBe(1)
    // The word's tatweel; the separator line is the format's own and is not marked.
    expect(await view.marks('tatweel')).toBe(1)
    expect(await view.text.locator('[data-mark="bidi"]').getAttribute('data-label')).toBe('RLM')
    await app.screenshot('export-view.png')

    // Copy puts the file's text on the clipboard, invisible characters and all.
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.origin })
    await page.getByTestId('export-copy').click()
    await page.getByTestId('export-note').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown)

    // Save: the browser host has no save dialog, so the same bytes arrive as a download.
    const download = page.waitForEvent('download')
    await page.getByTestId('export-save').click()
    const saved = await download
    expect(saved.suggestedFilename()).toBe(written)
    expect(readFileSync((await saved.path())!).equals(file)).toBe(true)

    await page.getByTestId('export-publish').click()
    await page.getByTestId('export-published').waitFor()
    await expect.poll(() => editor.status.inputValue()).toBe('published')
    const article = await app.call<{ status: string; publishedAt: string | null }>('getArticle', id)
    expect(article.status).toBe('published')
    expect(article.publishedAt).not.toBeNull()

    // Other formats from the same view.
    await view.chooseFormat('html')
    await expect.poll(() => view.shownText()).toContain('<article dir="rtl" lang="ar">')
    await view.chooseFormat('docx')
    await page.getByTestId('export-binary').waitFor()
    expect(await page.getByTestId('export-copy').isDisabled()).toBe(true)
    expect(app.browser.errors.filter((e) => !/salma\.jpg|ERR_/.test(e))).toEqual([])
  })

  it('sets the tagged text in the column’s Arabic type, with line 1 (the author header) left to right', async ({ openApp }) => {
    // Wide enough for line 1 on one row, so left and right compare on it.
    const app = await openApp({ width: 1900, height: 800 })
    const { library, page } = { ...app, page: app.browser.page }
    const author = await app.call<{ id: number }>('createAuthor', 'د. سلمى الراوي (Salma Al-Rawi)', null)
    await app.call('createArticle', { title: 'عن البحر', authorId: author.id, status: 'ready', document: docOf(MARKED), pullQuote: 'البحر لا ينسى من أحبّه' })
    await page.reload({ waitUntil: 'load' })
    await library.openArticle('عن البحر')
    const view = new ExportView(page)
    await view.openWithButton()
    // The body's fonts, not a system monospace without Arabic.
    const fonts = await view.textFonts()
    expect(fonts).toContain('Noto Naskh Arabic')
    expect(fonts.join(',')).not.toMatch(/mono/i)
    // Line 1 reads as written, left to right: the opening tag, the name, the closing tag; the
    // name within reads as a name does (its Arabic words right of its Latin ones).
    const [open, arabic, latin, close] = await view.partsLeft(0, ['[author', 'سلمى', 'Salma', '[/author]'])
    expect(open!).toBeLessThan(latin!)
    expect(latin!).toBeLessThan(arabic!)
    expect(arabic!).toBeLessThan(close!)
    // The prose lines stay right to left: a paragraph's first words stand right of its last.
    const [first, last] = await view.partsLeft(3, ['في صباح', 'في كانون'])
    expect(first!).toBeGreaterThan(last!)
    // What the lines hold is still the file's text.
    expect(await view.shownText()).toContain('[author image="" alt="" class="avatar photo" height="60" width="60"]د. سلمى الراوي (Salma Al-Rawi)[/author]\n')
    await app.screenshot('export-type.png')
    expect(app.browser.errors).toEqual([])
  })

  it('flags a missing pull quote and a [/author] in the body, fixes typography undoably, and jumps to the place', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await seedOne(app, ['كتب الكاتب [/author] في وسط الفقرة سهوًا.', 'ثم قال :"نعم"  ، ومضى إلى البحر .'])
    await page.reload({ waitUntil: 'load' })
    await library.openArticle('عن البحر')
    const view = new ExportView(page)
    await view.openWithButton()
    await expect.poll(() => view.severity('pull-quote')).toBe('warning')
    expect(await view.severity('shortcode')).toBe('error')
    expect(await page.getByTestId('checklist-summary').innerText()).toMatch(/[1١]/)
    // An error the format does not refuse still reaches the paper: sending it out asks first.
    await page.getByTestId('export-save').click()
    await page.getByTestId('export-confirm').waitFor()
    const download = page.waitForEvent('download')
    await page.getByTestId('export-anyway').click()
    expect((await download).suggestedFilename()).toMatch(/\.txt$/)
    expect(await page.getByTestId('export-confirm').count()).toBe(0)

    const before = await editor.bodyText()
    expect(await view.severity('typography')).toBe('warning')
    await view.check('typography').getByTestId('check-fix').click()
    await expect.poll(() => view.severity('typography')).toBe('ok')
    await view.close()
    const fixed = await editor.bodyText()
    expect(fixed).not.toBe(before)
    expect(fixed).toContain('البحر.')
    // One undo takes the whole fix back.
    await editor.body.click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editor.bodyText()).toBe(before)

    await view.openWithShortcut()
    await view.check('shortcode').getByTestId('check-jump').click()
    await view.root.waitFor({ state: 'detached' })
    await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('[/author')
    expect(app.browser.errors.filter((e) => !/salma\.jpg|ERR_/.test(e))).toEqual([])
  })

  it('previews the article as the paper sets it, with a placeholder for a picture that cannot load, and prints only that', async ({ app }) => {
    const { library, page } = { ...app, page: app.browser.page }
    await seedOne(
      app,
      MARKED.map((p) => p.trim()),
      { pullQuote: 'البحر لا ينسى من أحبّه' }
    )
    await page.reload({ waitUntil: 'load' })
    await library.openArticle('عن البحر')
    const view = new ExportView(page)
    await view.openWithShortcut()
    await view.openPreview()
    const sheet = page.getByTestId('publication')
    expect(await page.getByTestId('preview-author').innerText()).toBe('سلمى الراوي')
    expect(await page.getByTestId('preview-quote').innerText()).toContain('البحر لا ينسى من أحبّه')
    expect(await page.getByTestId('preview-body').locator('p').count()).toBe(3)
    await expect.poll(() => sheet.getByTestId('avatar-placeholder').count()).toBe(1)
    await app.screenshot('preview.png')

    await page.emulateMedia({ media: 'print' })
    const shown = await page.evaluate(() => {
      return { root: getComputedStyle(document.querySelector('#root')!).display, print: getComputedStyle(document.querySelector('.print-root')!).display }
    })
    expect(shown).toEqual({ root: 'none', print: 'block' })
    await page.emulateMedia({ media: 'screen' })
    expect(app.browser.errors.filter((e) => !/salma\.jpg|ERR_/.test(e))).toEqual([])
  })
})

describe('batch export', () => {
  it('exports the ready articles to a folder, each file passing `amud check`, and overwrites only when asked', async ({ app }) => {
    const { library, page } = { ...app, page: app.browser.page }
    const author = await app.call<{ id: number }>('createAuthor', 'ليلى حداد', 'https://example.com/layla.jpg')
    for (const [i, title] of ['الأولى', 'الثانية', 'الثالثة'].entries()) {
      await app.call('createArticle', {
        title,
        authorId: author.id,
        status: 'ready',
        pullQuote: `فقرة رقم ${i + 1}`,
        document: docOf([`هذه فقرة رقم ${i + 1} من مقالة ${title}.`])
      })
    }
    await app.call('createArticle', { title: 'مسودة', authorId: author.id, status: 'draft', document: docOf(['لم تكتمل بعد.']) })
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => library.items.count()).toBe(4)
    const batch = new BatchExport(page)

    // Shift-click takes the range, as in a file manager.
    await batch.checks.nth(0).click()
    await batch.checks.nth(2).click({ modifiers: ['Shift'] })
    await expect.poll(() => batch.selectedCount()).toBe(3)
    await page.getByTestId('selection-clear').click()
    await batch.selectAllReady()
    await expect.poll(() => batch.selectedCount()).toBe(3)

    const out = join(tempDir(), 'الصحيفة')
    await batch.open()
    // No folder dialog in a browser: the path field, prefilled with a suggestion.
    expect(await page.getByTestId('batch-folder').inputValue()).toMatch(/Documents[\\/]Amud$/)
    await batch.exportTo(out)
    expect(await batch.counts()).toEqual({ written: 3, skipped: 0, failed: 0 })
    const files = readdirSync(out)
    expect(files).toHaveLength(3)
    for (const f of files) {
      const check = amudCli(['check', join(out, f)])
      expect(check.status, `${f}: ${check.stdout}${check.stderr}`).toBe(0)
    }
    await page.getByTestId('batch-done').click()
    await expect.poll(() => batch.selectedCount()).toBe(0)

    // Again into the same folder: the files are there, so nothing is replaced without a yes.
    await batch.selectAllReady()
    await batch.open()
    expect(await page.getByTestId('batch-folder').inputValue()).toBe(out)
    await batch.exportTo(out)
    expect(await batch.counts()).toEqual({ written: 0, skipped: 3, failed: 0 })
    await page.getByTestId('batch-existing').waitFor()
    expect((await page.getByTestId('batch-existing-file').allInnerTexts()).sort()).toEqual([...files].sort())
    await page.getByTestId('batch-overwrite').click()
    await page.getByTestId('batch-done').waitFor()
    expect(await page.getByTestId('batch-existing').count()).toBe(0)
    expect(await batch.counts()).toEqual({ written: 3, skipped: 0, failed: 0 })
    await app.screenshot('batch-export.png')
    expect(app.browser.errors.filter((e) => !/layla\.jpg|ERR_/.test(e))).toEqual([])
  })

  it('refuses a system folder with a sentence in Arabic, and exports at once into another', async ({ app }) => {
    const { library, page } = { ...app, page: app.browser.page }
    const author = await app.call<{ id: number }>('createAuthor', 'ليلى حداد', 'https://example.com/layla.jpg')
    await app.call('createArticle', { title: 'الأولى', authorId: author.id, status: 'ready', pullQuote: 'فقرة', document: docOf(['فقرة المقالة.']) })
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => library.items.count()).toBe(1)
    const batch = new BatchExport(page)
    await batch.selectAllReady()
    await batch.open()
    // Node 20's recursive mkdir under /proc never returns: this used to freeze the host.
    await page.getByTestId('batch-folder').fill('/proc/forbidden')
    await page.getByTestId('batch-run').click()
    const error = page.getByTestId('batch-error')
    await error.waitFor()
    expect(await error.innerText()).toMatch(/لا يكتب عمود في \/proc\/forbidden: فهو مجلد للنظام/)
    const out = join(tempDir(), 'الصحيفة')
    await batch.exportTo(out)
    expect(await batch.counts()).toEqual({ written: 1, skipped: 0, failed: 0 })
    expect(readdirSync(out)).toHaveLength(1)
  })

  it('refuses a relative folder with a sentence in Arabic, naming no call or argument', async ({ app }) => {
    const { library, page } = { ...app, page: app.browser.page }
    await app.call('createArticle', { title: 'الأولى', status: 'ready', document: docOf(['فقرة المقالة.']) })
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => library.items.count()).toBe(1)
    const batch = new BatchExport(page)
    await batch.selectAllReady()
    await batch.open()
    await page.getByTestId('batch-folder').fill('Documents/Amud')
    await page.getByTestId('batch-run').click()
    const error = page.getByTestId('batch-error')
    await error.waitFor()
    const text = await error.innerText()
    expect(text).toContain('Documents/Amud')
    expect(text).toMatch(/ليس مسارًا كاملًا/)
    expect(text).not.toMatch(/exportArticlesToFolder|argument|[a-z]+\.dir|must be/)
  })
})
