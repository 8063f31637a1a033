// Import end to end in Chromium through the browser host: a Word document built here keeps its
// paragraphs and bold, a tagged file dropped on the window imports, and a bad one is reported
// at its line while the library stays as it was.
import { Document, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { ImportPanel, type FileSpec } from './pages/ImportPanel'

const TXT = 'text/plain'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function tagged(name: string, lines: string[]): FileSpec {
  return { name, mimeType: TXT, base64: Buffer.from(lines.join('\n'), 'utf8').toString('base64') }
}

const GOOD = tagged('عمود الميناء.txt', [
  '[author image="https://example.com/salma.jpg" alt="" class="avatar photo" height="60" width="60"]سلمى الراوي[/author]',
  '” البحر لا ينسى من أحبّه.”',
  'ـ'.repeat(25),
  'في صباح شتوي خرجت إلى الميناء القديم. البحر لا ينسى من أحبّه.',
  'ثم عدت إلى المدينة وكتبت هذا العمود.'
])

// The author header is never closed: the reader stops at line 1 and nothing is written.
const BAD = tagged('عمود معطوب.txt', [
  '[author image="https://example.com/salma.jpg" alt="" class="avatar photo" height="60" width="60"]سلمى الراوي',
  '” اقتباس.”',
  'ـ'.repeat(25),
  'فقرة.'
])

async function wordDocument(): Promise<FileSpec> {
  const ar = (text: string, bold = false): TextRun => new TextRun({ text, bold, rightToLeft: true })
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ bidirectional: true, children: [ar('بقلم: ليلى حداد')] }),
          new Paragraph({ bidirectional: true, children: [ar('تعلمنا منذ الصغر أن '), ar('الماء نعمة', true), ar('، لكننا لم نتعلم إدارتها.')] }),
          new Paragraph({ bidirectional: true, children: [ar('وفي المدن الكبرى يضيع ثلث الماء في الأنابيب قبل أن يصل إلى البيوت.')] }),
          new Paragraph({ bidirectional: true, children: [ar('فهل نبدأ من البيت؟')] })
        ]
      }
    ]
  })
  return { name: 'الماء.docx', mimeType: DOCX, base64: (await Packer.toBuffer(doc)).toString('base64') }
}

describe('import', () => {
  it('refuses an .odt and a .pdf dropped on the library for their type, naming the types it reads', async ({ app }) => {
    const { library, page } = { ...app, page: app.browser.page }
    const panel = new ImportPanel(page)
    const odt: FileSpec = {
      name: 'عمود.odt',
      mimeType: 'application/vnd.oasis.opendocument.text',
      base64: Buffer.from('PK\u0003\u0004mimetype').toString('base64')
    }
    const pdf: FileSpec = { name: 'عمود.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.7\n').toString('base64') }
    await panel.drop([odt, pdf])
    await expect.poll(() => panel.problems.count()).toBe(2)
    const texts = await panel.problems.allInnerTexts()
    expect(texts[0]).toMatch(/لا يستورد عمود ملفات \.odt/)
    expect(texts[1]).toMatch(/لا يستورد عمود ملفات \.pdf/)
    for (const text of texts) {
      expect(text).toMatch(/\(\.txt\)/)
      expect(text).toMatch(/\(\.docx\)/)
      expect(text).not.toMatch(/السطر|الكاتب/)
    }
    expect(await library.items.count()).toBe(0)
  })

  it('imports a Word document (Ctrl+O) with its paragraphs and its bold text', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const panel = new ImportPanel(page)
    await page.locator('body').click()
    await panel.pick([await wordDocument()], 'shortcut')
    await expect.poll(() => library.items.count()).toBe(1)
    expect(await panel.problems.count()).toBe(0)
    await library.items.first().click()
    await expect.poll(() => editor.blocks.count()).toBe(3)
    expect(await editor.body.locator('strong, .ed-bold').first().innerText()).toBe('الماء نعمة')
    expect(await editor.bodyText()).toContain('يضيع ثلث الماء في الأنابيب')
    await expect.poll(() => editor.authorName()).toBe('ليلى حداد')
    expect(app.browser.errors).toEqual([])
  })

  it('imports a tagged file dropped on the window', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const panel = new ImportPanel(page)
    await panel.drop([GOOD])
    await expect.poll(() => library.items.count()).toBe(1)
    await expect.poll(() => panel.report.innerText()).toMatch(/[1١]/)
    await library.items.first().click()
    await editor.body.waitFor()
    expect(await editor.pullQuote.inputValue()).toContain('البحر لا ينسى من أحبّه')
    // A drop over the editor imports too, and leaves the text alone.
    const before = await editor.bodyText()
    await page.getByTestId('dismiss-import').click()
    await panel.drop(
      [
        tagged('ثانية.txt', [
          '[author image="" alt="" class="avatar photo" height="60" width="60"]سلمى الراوي[/author]',
          '” ”',
          'ـ'.repeat(25),
          'مقالة ثانية قصيرة.'
        ])
      ],
      '[data-testid="editor"]'
    )
    await expect.poll(() => library.items.count()).toBe(2)
    expect(await editor.bodyText()).toBe(before)
    expect(app.browser.errors.filter((e) => !/salma\.jpg|ERR_/.test(e))).toEqual([])
  })

  it('reports a bad file at its line, in Arabic and in English, and adds nothing', async ({ app }) => {
    const { library, page } = { ...app, page: app.browser.page }
    const panel = new ImportPanel(page)
    await panel.drop([GOOD])
    await expect.poll(() => library.items.count()).toBe(1)
    await page.getByTestId('dismiss-import').click()

    await panel.drop([BAD])
    await panel.problems.first().waitFor()
    const problem = panel.problems.first()
    expect(await problem.getAttribute('data-outcome')).toBe('failed')
    expect(Number(await problem.getAttribute('data-line'))).toBe(1)
    expect(await problem.innerText()).toMatch(/السطر 1، الموضع \d+/)
    expect(await library.items.count()).toBe(1)
    expect((await app.call<{ total: number }>('countByStatus')).total).toBe(1)
    await app.screenshot('import-report.png')

    // The same report in English once the interface is.
    await page.getByTestId('dismiss-import').click()
    await page.getByTestId('language-toggle').click()
    await panel.drop([BAD])
    await panel.problems.first().waitFor()
    expect(await panel.problems.first().innerText()).toMatch(/line 1, column \d+/)
    expect(await library.items.count()).toBe(1)
    expect(app.browser.errors.filter((e) => !/salma\.jpg|ERR_/.test(e))).toEqual([])
  })
})
