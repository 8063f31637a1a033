import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { exportFileName } from '../../../src/node/library/index'
import type { SerializedDocument } from '../../../src/shared/model/article'
import { exportWarnings } from '../../../src/node/library/export'
import { paragraphsFromDocument } from '../../../src/shared/document/index'
import { writeTagged } from '../../../src/shared/format/index'
import { describeEachColumn } from '../../support/each-column'
import { doc, expectAmudError, freshLibrary } from './helpers'
import { ar } from '../messages/render'

describeEachColumn('exporting a whole column', (column) => {
  it('round-trips it byte for byte, named by date, author and title', () => {
    const { lib } = freshLibrary()
    const bytes = readFileSync(column.path)
    const r = lib.importFiles([{ name: 'example.txt', base64: bytes.toString('base64') }])
    const out = lib.exportArticle(r.files[0]!.articleId!)
    expect(Buffer.from(out.text, 'utf8').equals(bytes)).toBe(true)
    expect(out.warnings).toEqual([])
    expect(out.fileName).toMatch(/^\d{4}-\d{2}-\d{2} - /)
    expect(out.fileName.slice(10)).toBe(` - ${column.authorName} - ${column.title}.txt`)
  })
})

describe('exporting an article', () => {
  it('writes an imported (plain) article exactly as its document would be written', () => {
    const { lib } = freshLibrary()
    const items = [
      { authorName: 'كاتب', authorPictureUrl: null, pullQuote: null, paragraphs: ['فقرة أولى', 'فقرة  ثانية «مقتبسة»', 'ثالثة\u00a0هنا'] },
      { authorName: 'كاتبة', authorPictureUrl: 'https://example.com/a.jpg', pullQuote: 'اقتباس', paragraphs: ['وحيدة'] }
    ]
    for (const r of lib.importTagged(items)) {
      const id = r.articleId
      const viaDocument = lib.getArticle(id)
      const out = lib.exportArticle(id)
      const expected = writeTagged({
        authorName: viaDocument.author!.name,
        authorPictureUrl: viaDocument.author!.pictureUrl,
        pullQuote: viaDocument.pullQuote.trim() === '' ? null : viaDocument.pullQuote,
        paragraphs: paragraphsFromDocument(viaDocument.document)
      })
      expect(out.text).toBe(expected)
      expect(out.warnings).toEqual(exportWarnings(viaDocument))
    }
  })

  it('names the file by date, author and title, safely', () => {
    const d = new Date(2024, 4, 1, 12)
    expect(exportFileName(d, 'كاظم الموسوي', 'سؤال: هل "ننتهي"؟ / <نعم>')).toBe('2024-05-01 - كاظم الموسوي - سؤال هل ننتهي؟ نعم.txt')
    expect(exportFileName(d, null, '')).toBe('2024-05-01 - بلا عنوان.txt')
    expect(exportFileName(d, 'a', '\u202Etxt.exe\u0007 ...')).toBe('2024-05-01 - a - txt.exe.txt')
    const long = exportFileName(d, 'كاتب', 'كلمة '.repeat(100))
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(200)
    expect(long.endsWith('.txt')).toBe(true)
    expect(long).not.toMatch(/[\s.]\.txt$/)
  })

  it('warns about what the plain format flattens', () => {
    const { lib } = freshLibrary()
    const au = lib.createAuthor('كاتب', null)
    const rich: SerializedDocument = {
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'heading', version: 1, tag: 'h2', children: [{ type: 'text', version: 1, text: 'عنوان فرعي', format: 1 }] },
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'text', version: 1, text: 'نص ', format: 0 },
              { type: 'link', version: 1, url: 'https://x', children: [{ type: 'text', version: 1, text: 'رابط', format: 2 }] }
            ]
          },
          {
            type: 'list',
            version: 1,
            listType: 'bullet',
            children: [{ type: 'listitem', version: 1, children: [{ type: 'text', version: 1, text: 'بند', format: 8 }] }]
          },
          { type: 'quote', version: 1, children: [{ type: 'text', version: 1, text: 'اقتباس' }] }
        ]
      }
    }
    const a = lib.createArticle({ authorId: au.id, document: rich })
    const out = lib.exportArticle(a.id)
    expect(out.text.split('\n').slice(3)).toEqual(['عنوان فرعي', 'نص رابط', 'بند', 'اقتباس'])
    expect(out.text.split('\n')[1]).toBe('\u201D \u201D')
    expect(out.warnings.map((w) => w.code)).toEqual([
      'flattened-headings',
      'flattened-lists',
      'flattened-quotes',
      'flattened-bold',
      'flattened-italic',
      'flattened-underline',
      'flattened-links',
      'no-pull-quote',
      'no-picture'
    ])
    expect(out.warnings[0]!.message).toMatch(/^1 heading/)
  })

  it('refuses what the format cannot hold, with a clear message', () => {
    const { lib } = freshLibrary()
    const noAuthor = lib.createArticle({ title: 'يتيم', document: doc('نص') })
    const orphan = expectAmudError(() => lib.exportArticle(noAuthor.id), 'invalid')
    expect(orphan.message).toMatch(/no author/)
    // The export view shows it in the interface language.
    expect(ar(orphan.said)).toMatch(/ليس للمقال «يتيم» كاتب/)
    const au = lib.createAuthor('كاتب', null)
    const empty = lib.createArticle({ title: 'فارغ', authorId: au.id })
    expect(ar(expectAmudError(() => lib.exportArticle(empty.id), 'invalid').said)).toMatch(/^«فارغ»: .*[\u0600-\u06ff]/)
    expectAmudError(() => lib.exportArticle('missing'), 'not_found')
  })
})
