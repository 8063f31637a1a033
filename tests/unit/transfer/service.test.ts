// The transfer service over a real library in a temp folder, and its calls through dispatch as
// both hosts make them: folder export with progress, one article in another format, tagged and
// Word files imported in order with Arabic messages, and the argument checks.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../src/shared/api/library'
import { dispatch } from '../../../src/node/service-dispatch'
import { createTransferService, resolveFolder, suggestedExportFolder } from '../../../src/node/transfer/service'
import type { ExportProgress, HostDialogs } from '../../../src/shared/api/transfer'
import { parseTagged } from '../../../src/shared/format/index'
import { articleFile, tempLibrary, type TempLibrary } from '../host/fixtures'
import { ar, en } from '../messages/render'

let temp: TempLibrary
let out: string
beforeEach(() => {
  temp = tempLibrary()
  out = mkdtempSync(join(tmpdir(), 'amud-transfer-'))
})
afterEach(() => {
  temp.dispose()
  rmSync(out, { recursive: true, force: true })
})

function seed(n: number): string[] {
  const files = Array.from({ length: n }, (_, i) => articleFile(`مقال ${i + 1}.txt`, `فقرة المقال رقم ${i + 1} وحدها.`))
  const report = temp.library.importFiles(files)
  return report.files.map((f) => f.articleId as string)
}

async function wordFile(): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: 'بقلم: ليلى حداد', rightToLeft: true })] }),
          new Paragraph({
            bidirectional: true,
            children: [new TextRun({ text: 'فقرة أولى ', rightToLeft: true }), new TextRun({ text: 'غامقة', bold: true, rightToLeft: true })]
          }),
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: 'فقرة ثانية.', rightToLeft: true })] })
        ]
      }
    ]
  })
  return (await Packer.toBuffer(doc)).toString('base64')
}

describe('transfer service', () => {
  it('exports to a folder with progress, skips existing files unless asked, and every tagged file parses', async () => {
    const ids = seed(3)
    const progress: ExportProgress[] = []
    const transfer = createTransferService(temp.library, { onExportProgress: (p) => progress.push(p) })
    const first = await transfer.exportArticlesToFolder({ ids, dir: out })
    expect(first).toMatchObject({ written: 3, skipped: 0, failed: 0, dir: out })
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 }
    ])
    const files = readdirSync(out)
    expect(files).toHaveLength(3)
    for (const f of files) expect(parseTagged(readFileSync(join(out, f))).ok).toBe(true)
    // The same bytes the library's own export gives.
    const one = first.items[0]!
    expect(readFileSync(one.file!, 'utf8')).toBe(temp.library.exportArticle(one.articleId).text)

    const again = await transfer.exportArticlesToFolder({ ids, dir: out })
    expect(again).toMatchObject({ written: 0, skipped: 3 })
    expect(again.items.map((i) => i.file)).toEqual(first.items.map((i) => i.file))
    const forced = await transfer.exportArticlesToFolder({ ids: ids.slice(0, 1), dir: out, overwrite: true })
    expect(forced).toMatchObject({ written: 1, skipped: 0 })
  })

  it('expands ~ and refuses a relative folder', async () => {
    const home = mkdtempSync(join(tmpdir(), 'amud-home-'))
    try {
      expect(resolveFolder('~/Documents/Amud', home)).toBe(join(home, 'Documents', 'Amud'))
      expect(suggestedExportFolder(home)).toBe(join(home, 'Documents', 'Amud'))
      expect(() => resolveFolder('exports', home)).toThrow(/full path/)
      const transfer = createTransferService(temp.library, { home })
      const report = await transfer.exportArticlesToFolder({ ids: seed(1), dir: '~/out', format: 'md' })
      expect(report.written).toBe(1)
      expect(readdirSync(join(home, 'out'))[0]).toMatch(/\.md$/)
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })

  it('renders one article as HTML, Markdown and Word, named like the tagged export', async () => {
    const [id] = seed(1)
    const transfer = createTransferService(temp.library)
    const stem = temp.library.exportArticle(id!).fileName.replace(/\.txt$/, '')
    const html = await transfer.renderArticle(id!, 'html')
    expect(html.fileName).toBe(`${stem}.html`)
    expect(Buffer.from(html.base64, 'base64').toString('utf8')).toContain('<article dir="rtl" lang="ar">')
    const md = await transfer.renderArticle(id!, 'md')
    expect(md).toMatchObject({ fileName: `${stem}.md`, mimeType: expect.stringContaining('markdown') })
    const docx = await transfer.renderArticle(id!, 'docx')
    expect(docx.fileName).toBe(`${stem}.docx`)
    // A zip package.
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('refuses an .odt, a .pdf or a picture for its type, naming the types it reads, and writes nothing', async () => {
    const transfer = createTransferService(temp.library)
    const odt = { name: 'عمود.odt', base64: Buffer.from('PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text').toString('base64') }
    const pdf = { name: 'عمود.PDF', base64: Buffer.from('%PDF-1.7\n').toString('base64') }
    const png = { name: 'صورة.png', base64: Buffer.from('\x89PNG').toString('base64') }
    const report = await transfer.importDocuments([odt, articleFile('جيد.txt', 'فقرة جيدة.'), pdf, png])
    expect(report).toMatchObject({ imported: 1, failed: 3 })
    for (const [i, ext] of [
      [0, '.odt'],
      [2, '.pdf'],
      [3, '.png']
    ] as const) {
      const f = report.files[i]!
      expect(f).toMatchObject({ outcome: 'failed', kind: 'other' })
      expect(f.line).toBeUndefined()
      for (const text of [en(f.said), ar(f.said)]) {
        expect(text).toContain(ext)
        expect(text).toContain('.txt')
        expect(text).toContain('.docx')
        expect(text).not.toMatch(/author|line 1|الكاتب|السطر/)
      }
      expect(en(f.said)).toMatch(/cannot be imported/)
      expect(ar(f.said)).toMatch(/لا يستورد عمود/)
    }
    expect(temp.library.countByStatus().total).toBe(1)
  })

  it('imports tagged and Word files in order; a bad file writes nothing and says where, in both languages', async () => {
    const transfer = createTransferService(temp.library)
    const bad = { name: 'سيئ.txt', base64: Buffer.from('[author image="" alt=""]كاتب\nبلا فاصل', 'utf8').toString('base64') }
    const report = await transfer.importDocuments([
      articleFile('جيد.txt', 'فقرة جيدة.'),
      bad,
      { name: 'column.docx', base64: await wordFile() },
      { name: 'old.doc', base64: 'AAAA' }
    ])
    expect(report).toMatchObject({ imported: 2, failed: 2, skipped: 0 })
    expect(report.files.map((f) => [f.name, f.kind, f.outcome])).toEqual([
      ['جيد.txt', 'tagged', 'imported'],
      ['سيئ.txt', 'tagged', 'failed'],
      ['column.docx', 'docx', 'imported'],
      ['old.doc', 'docx', 'failed']
    ])
    const failed = report.files[1]!
    expect(failed.line).toBeGreaterThan(0)
    expect(en(failed.said)).toMatch(/^line \d+, column \d+: /)
    expect(ar(failed.said)).toMatch(/^السطر \d+، الموضع \d+: /)
    expect(ar(report.files[3]!.said)).toContain('.docx')
    expect(temp.library.countByStatus().total).toBe(2)
    const word = temp.library.getArticle(report.files[2]!.articleId!)
    expect(word.author?.name).toBe('ليلى حداد')
    expect(JSON.stringify(word.document)).toContain('"format":1')

    const again = await transfer.importDocuments([articleFile('جيد.txt', 'فقرة جيدة.'), { name: 'not-word.docx', base64: 'aGVsbG8=' }])
    expect(again.files[0]).toMatchObject({ outcome: 'skipped' })
    expect(ar(again.files[0]!.said)).toContain('موجودة في المكتبة')
    expect(again.files[1]).toMatchObject({ outcome: 'failed' })
    expect(ar(again.files[1]!.said)).toContain('ليس مستند Word')

    // A warning comes in both languages too: a file saved with a byte-order mark.
    const plain = articleFile('بعلامة.txt', 'فقرة أخرى.')
    const withBom = { ...plain, base64: Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(plain.base64, 'base64')]).toString('base64') }
    const warned = (await transfer.importDocuments([withBom])).files[0]!
    expect(warned.outcome).toBe('imported')
    expect(warned.warnings).toEqual([expect.objectContaining({ line: 1, column: 1 })])
    expect(en(warned.warnings[0]!.said)).toMatch(/[a-z]/)
    expect(ar(warned.warnings[0]!.said)).toMatch(/[\u0600-\u06ff]/)
  })
})

describe('transfer calls through dispatch', () => {
  it('routes transfer calls with their progress, and validates their arguments', async () => {
    const ids = seed(2)
    const progress: ExportProgress[] = []
    const reply = await dispatch(temp.library, 'exportArticlesToFolder', [{ ids, dir: out, format: 'html' }], { onExportProgress: (p) => progress.push(p) })
    expect(reply).toMatchObject({ ok: true, value: { written: 2 } })
    expect(progress).toHaveLength(2)
    for (const bad of [
      [{ ids, dir: 'relative/folder' }],
      [{ ids: [], dir: out }],
      [{ ids, dir: out, format: 'pdf' }],
      [{ ids, dir: out, sneaky: true }],
      [{ ids, dir: `${out}\0x` }]
    ]) {
      expect(await dispatch(temp.library, 'exportArticlesToFolder', bad)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    }
    expect(await dispatch(temp.library, 'renderArticle', [ids[0], 'tagged'])).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await dispatch(temp.library, 'renderArticle', ['nope', 'html'])).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await dispatch(temp.library, 'suggestedExportFolder', [])).toMatchObject({ ok: true, value: expect.stringMatching(/Documents[\\/]Amud$/) })
  })

  it('answers dialog calls with "unsupported" on a host without dialogs, and uses the host\'s own when given', async () => {
    expect(await dispatch(temp.library, 'chooseFolder', [])).toEqual({ ok: true, value: { outcome: 'unsupported' } })
    expect(await dispatch(temp.library, 'saveFile', [{ fileName: 'a.txt', base64: '' }])).toEqual({ ok: true, value: { outcome: 'unsupported' } })
    expect(await dispatch(temp.library, 'saveFile', [{ fileName: '../a.txt', base64: '' }])).toMatchObject({ ok: false, error: { code: 'invalid' } })
    const saved: string[] = []
    const dialogs: HostDialogs = {
      chooseFolder: async () => ({ outcome: 'chosen', path: out }),
      saveFile: async ({ fileName, base64 }) => {
        const path = join(out, fileName)
        writeFileSync(path, Buffer.from(base64, 'base64'))
        saved.push(path)
        return { outcome: 'saved', path }
      }
    }
    expect(await dispatch(temp.library, 'chooseFolder', [], { dialogs })).toEqual({ ok: true, value: { outcome: 'chosen', path: out } })
    const reply = await dispatch(temp.library, 'saveFile', [{ fileName: 'مقال.txt', base64: Buffer.from('نص').toString('base64') }], { dialogs })
    expect(reply).toMatchObject({ ok: true, value: { outcome: 'saved' } })
    expect(existsSync(saved[0]!)).toBe(true)
  })

  it('imports documents with progress events, as the menu and the drop do', async () => {
    const progress: number[] = []
    const reply = await dispatch(temp.library, 'importDocuments', [[articleFile('أ.txt', 'الأولى.'), articleFile('ب.txt', 'الثانية هنا.')]], {
      onImportProgress: (p) => progress.push(p.done)
    })
    expect(reply).toMatchObject({ ok: true, value: { imported: 2 } })
    expect(progress).toEqual([1, 2])
  })

  it('imports a long run of files in steps: order, progress per file, and a bad file in the middle writes nothing', async () => {
    const progress: ImportProgress[] = []
    const transfer = createTransferService(temp.library, { onImportProgress: (p) => progress.push(p) })
    const files = Array.from({ length: 60 }, (_, i) =>
      i === 31
        ? { name: `${i}.txt`, base64: Buffer.from('[author image="" alt=""]كاتب\nبلا فاصل', 'utf8').toString('base64') }
        : i === 40
          ? { name: `${i}.doc`, base64: 'AAAA' }
          : articleFile(`${i}.txt`, `الفقرة رقم ${i} من الدفعة.`)
    )
    const report = await transfer.importDocuments(files)
    expect(report).toMatchObject({ imported: 58, failed: 2, skipped: 0 })
    expect(report.files.map((f) => f.name)).toEqual(files.map((f) => f.name))
    expect(report.files[31]).toMatchObject({ outcome: 'failed', kind: 'tagged' })
    expect(report.files[40]).toMatchObject({ outcome: 'failed', kind: 'docx' })
    expect(progress.map((p) => p.done)).toEqual(files.map((_, i) => i + 1))
    expect(temp.library.countByStatus().total).toBe(58)
  })
})
