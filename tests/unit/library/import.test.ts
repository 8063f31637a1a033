import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { ImportProgress } from '../../../src/shared/api/library'
import { describeEachColumn } from '../../support/each-column'
import { freshLibrary } from './helpers'
import { ar, en } from '../messages/render'

function file(name: string, text: string | Buffer): { name: string; base64: string } {
  return { name, base64: Buffer.from(text).toString('base64') }
}

function tagged(author: string, quote: string, ...paragraphs: string[]): string {
  return [
    `[author image="https://example.com/a.jpg" alt="" class="avatar photo" height="60" width="60"]${author}[/author]`,
    `\u201D ${quote}\u201D`,
    '\u0640'.repeat(25),
    ...paragraphs
  ].join('\n')
}

describeEachColumn('importing a whole column', (column) => {
  it('imports author, pull quote, paragraphs, an import revision', () => {
    const { lib } = freshLibrary()
    const report = lib.importFiles([{ name: basename(column.path), base64: readFileSync(column.path).toString('base64') }])
    expect(report).toMatchObject({ imported: 1, skipped: 0, failed: 0 })
    const r = report.files[0]!
    expect(r.outcome).toBe('imported')
    const a = lib.getArticle(r.articleId!)
    expect(a.author?.name).toBe(column.authorName)
    expect(a.author?.pictureUrl).toBe(column.pictureUrl)
    expect(a.pullQuote.split(' ')).toHaveLength(column.quote.words)
    expect(a.bodyText.split('\n')).toHaveLength(column.paragraphWords.length)
    expect(a.title).toBe(column.title)
    expect(a.status).toBe('draft')
    expect(lib.listRevisions(a.id).map((x) => x.reason)).toEqual(['import'])
    expect(lib.search({ query: column.authorAndWord }).hits.map((h) => h.article.id)).toEqual([a.id])
  })
})

describe('importing tagged files', () => {
  it('a malformed file among good ones fails alone, with its line, and writes nothing', () => {
    const { lib } = freshLibrary()
    const progress: ImportProgress[] = []
    const report = lib.importFiles(
      [
        file('one.txt', tagged('كاتب أول', 'اقتباس', 'فقرة أولى')),
        file('broken.txt', 'this is not a tagged article\nat all'),
        file('two.txt', tagged('كاتب ثان', 'اقتباس آخر', 'فقرة', 'وأخرى'))
      ],
      { status: 'ready' },
      (p) => progress.push(p)
    )
    expect(report).toMatchObject({ imported: 2, skipped: 0, failed: 1 })
    const bad = report.files[1]!
    expect(bad).toMatchObject({ name: 'broken.txt', outcome: 'failed', line: 1 })
    expect(bad.column).toBeGreaterThanOrEqual(1)
    expect(en(bad.said)).toMatch(/^line 1, column \d+: /)
    expect(bad.articleId).toBeUndefined()
    expect(lib.countByStatus()).toMatchObject({ ready: 2, total: 2 })
    expect(
      lib
        .listAuthors()
        .map((a) => a.name)
        .sort()
    ).toEqual(['كاتب أول', 'كاتب ثان'].sort())
    expect(progress).toEqual([
      { done: 1, total: 3, name: 'one.txt' },
      { done: 2, total: 3, name: 'broken.txt' },
      { done: 3, total: 3, name: 'two.txt' }
    ])
  })

  it('skips a duplicate (same author, same normalized body) unless asked not to', () => {
    const { lib } = freshLibrary()
    const first = lib.importFiles([file('a.txt', tagged('كاتب', 'ق', 'إن المدرسة كبيرة'))])
    const id = first.files[0]!.articleId
    // Same text with other hamza and ة spellings and tashkeel: still the same column.
    const again = lib.importFiles([file('b.txt', tagged('كاتب', 'ق آخر', 'ان المدرسه كَبيرة'))])
    expect(again.files[0]).toMatchObject({ outcome: 'skipped', articleId: id })
    expect(again.skipped).toBe(1)
    const forced = lib.importFiles([file('b.txt', tagged('كاتب', 'ق', 'إن المدرسة كبيرة'))], { allowDuplicates: true })
    expect(forced.imported).toBe(1)
    // Another author with the same text is not a duplicate.
    expect(lib.importFiles([file('c.txt', tagged('كاتبة أخرى', 'ق', 'إن المدرسة كبيرة'))]).imported).toBe(1)
    expect(lib.listAuthors().find((a) => a.name === 'كاتب')?.articleCount).toBe(2)
  })

  it('matches existing authors by name and picture', () => {
    const { lib } = freshLibrary()
    const known = lib.createAuthor('كاتب', 'https://example.com/a.jpg')
    const r = lib.importFiles([file('a.txt', tagged('كاتب', 'ق', 'نص'))])
    expect(lib.getArticle(r.files[0]!.articleId!).author).toEqual(known)
    expect(lib.listAuthors()).toHaveLength(1)
  })

  it('keeps author names as written: spellings that differ only in spacing are two authors, both files imported, each exported byte for byte', () => {
    const { lib } = freshLibrary()
    const texts = [tagged('كاتب أول', 'ق', 'نص واحد'), tagged('كاتب  أول', 'ق', 'نص واحد'), tagged('كاتب\u00a0أول', 'ق', 'نص واحد')]
    const report = lib.importFiles(texts.map((t, i) => file(`${i}.txt`, t)))
    expect(report).toMatchObject({ imported: 3, skipped: 0, failed: 0 })
    expect(
      lib
        .listAuthors()
        .map((a) => a.name)
        .sort()
    ).toEqual(['كاتب أول', 'كاتب  أول', 'كاتب\u00a0أول'].sort())
    report.files.forEach((f, i) => expect(lib.exportArticle(f.articleId!).text).toBe(texts[i]))
    // The person sees why the two look-alike authors are apart: a warning on each unusual name.
    expect(report.files.map((f) => f.warnings.map((w) => w.line))).toEqual([[], [1], [1]])
    expect(en(report.files[1]!.warnings[0]!.said)).toContain('the author name has 2 spaces in a row')
    expect(ar(report.files[2]!.warnings[0]!.said)).toContain('مسافة غير فاصلة (U+00A0)')
  })

  it('the 10 MB limit is the same for import and export: what imports at the limit exports unchanged, what could not be exported is refused', () => {
    const { lib } = freshLibrary()
    const limit = 10 * 1024 * 1024
    /** A column of exactly 10 MB: the given header, then paragraphs of words, padded at the end. */
    const atLimit = (headerLine: string): string => {
      const head = tagged('كاتب', 'ق', 'فقرة أولى').replace(/^[^\n]*/, headerLine)
      const paragraph = 'كلمة أخرى في فقرة طويلة من مقال كبير جدا. '.repeat(20).trim()
      const count = Math.floor((limit - Buffer.byteLength(head) - 200) / (Buffer.byteLength(paragraph) + 1))
      const body = `${head}\n${Array(count).fill(paragraph).join('\n')}\n`
      return body + 'ا'.repeat((limit - Buffer.byteLength(body)) / 2) + (Buffer.byteLength(body) % 2 ? 'a' : '')
    }
    const canonical = atLimit(tagged('كاتب', '', '').split('\n')[0]!)
    // The same header without its fixed attributes: the standard form is 51 bytes longer.
    const short = atLimit('[author image="https://example.com/a.jpg"]كاتب[/author]')
    expect([Buffer.byteLength(canonical), Buffer.byteLength(short)]).toEqual([limit, limit])

    const refused = lib.importFiles([file('short.txt', short)])
    expect(refused).toMatchObject({ imported: 0, failed: 1 })
    expect(refused.files[0]).toMatchObject({ outcome: 'failed', line: 1, column: 1 })
    expect(en(refused.files[0]!.said)).toContain(`the file would be ${limit + 51} bytes`)
    expect(ar(refused.files[0]!.said)).toContain('فلن يمكن تصديره')
    expect(lib.countByStatus().total).toBe(0)

    const r = lib.importFiles([file('canonical.txt', canonical)])
    expect(r.imported).toBe(1)
    expect(lib.exportArticle(r.files[0]!.articleId!).text).toBe(canonical)
  })

  it('reports parser warnings and takes the title back from an exported file name', () => {
    const { lib } = freshLibrary()
    const r = lib.importFiles([file('2024-05-01 - كاتب - عنوان المقال.txt', `\uFEFF${tagged('كاتب', 'ق', 'نص')}\n`)])
    expect(r.files[0]!.outcome).toBe('imported')
    expect(r.files[0]!.warnings.length).toBeGreaterThan(0)
    expect(lib.getArticle(r.files[0]!.articleId!).title).toBe('عنوان المقال')
  })

  it('has a batch path that imports many articles in one transaction', () => {
    const { lib } = freshLibrary()
    const items = Array.from({ length: 300 }, (_, i) => ({
      authorName: `كاتب ${i % 7}`,
      authorPictureUrl: null,
      pullQuote: null,
      paragraphs: [`فقرة رقم ${i}`, 'نص مشترك'],
      title: `مقال ${i}`
    }))
    const results = lib.importTagged(items, { status: 'published' })
    expect(results.filter((r) => r.outcome === 'imported')).toHaveLength(300)
    expect(lib.countByStatus().published).toBe(300)
    expect(lib.listAuthors()).toHaveLength(7)
    expect(lib.search({ query: '"رقم 42"' }).hits.map((h) => h.article.title)).toEqual(['مقال 42'])
    expect(lib.importTagged(items.slice(0, 3)).map((r) => r.outcome)).toEqual(['skipped', 'skipped', 'skipped'])
  })
})
