// The export-format table against a real library in a temp folder: every format it lists is
// written to a folder with its extension, and rendered (the tagged file: exported) with its MIME
// type, named like the tagged export; text formats hold the article's words, Word a zip package.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTransferService } from '../../../src/node/transfer/service'
import { EXPORT_FORMAT_TABLE, EXPORT_FORMATS, RENDER_FORMATS, exportFormat, isExportFormat } from '../../../src/shared/export/index'
import { articleFile, tempLibrary, type TempLibrary } from '../host/fixtures'

let temp: TempLibrary
let out: string
beforeEach(() => {
  temp = tempLibrary()
  out = mkdtempSync(join(tmpdir(), 'amud-formats-'))
})
afterEach(() => {
  temp.dispose()
  rmSync(out, { recursive: true, force: true })
})

const WORDS = 'فقرة المقال الوحيدة'

function seed(): string {
  const report = temp.library.importFiles([articleFile('مقال.txt', `${WORDS}.`)])
  return report.files[0]!.articleId as string
}

describe('export formats', () => {
  it('lists each format once, tagged first, each with its own extension and a label key', () => {
    expect(EXPORT_FORMATS[0]).toBe('tagged')
    expect(new Set(EXPORT_FORMATS).size).toBe(EXPORT_FORMATS.length)
    expect(new Set(EXPORT_FORMAT_TABLE.map((f) => f.extension)).size).toBe(EXPORT_FORMATS.length)
    for (const f of EXPORT_FORMAT_TABLE) {
      expect(exportFormat(f.id)).toBe(f)
      expect(f.labelKey).toBe(`export.format.${f.id}`)
      expect(isExportFormat(f.id)).toBe(true)
    }
    expect(RENDER_FORMATS).toEqual(EXPORT_FORMATS.filter((f) => f !== 'tagged'))
    expect(isExportFormat('pdf')).toBe(false)
    expect(isExportFormat('toString')).toBe(false)
  })

  it.each(EXPORT_FORMAT_TABLE.map((f) => [f.id, f] as const))('writes %s into a folder with its extension', async (_id, f) => {
    const id = seed()
    const transfer = createTransferService(temp.library)
    const report = await transfer.exportArticlesToFolder({ ids: [id], dir: out, format: f.id })
    expect(report).toMatchObject({ written: 1, failed: 0 })
    const [name] = readdirSync(out)
    const stem = temp.library.exportArticle(id).fileName.replace(/\.txt$/, '')
    expect(name).toBe(`${stem}${f.extension}`)
    const bytes = readFileSync(join(out, name!))
    if (f.binary) expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    else expect(bytes.toString('utf8')).toContain(WORDS)
    if (f.id === 'tagged') expect(bytes.toString('utf8')).toBe(temp.library.exportArticle(id).text)
  })

  it.each(RENDER_FORMATS.map((id) => [id] as const))('renders %s with its MIME type and extension', async (format) => {
    const id = seed()
    const f = exportFormat(format)
    const rendered = await createTransferService(temp.library).renderArticle(id, format)
    const stem = temp.library.exportArticle(id).fileName.replace(/\.txt$/, '')
    expect(rendered.fileName).toBe(`${stem}${f.extension}`)
    expect(rendered.mimeType).toBe(f.mimeType)
    const bytes = Buffer.from(rendered.base64, 'base64')
    if (f.binary) expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    else expect(bytes.toString('utf8')).toContain(WORDS)
  })
})
