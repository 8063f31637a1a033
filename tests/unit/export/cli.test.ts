import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/node/cli/command'
import { runCli } from '../../../src/node/cli/main'
import { openLibrary } from '../../../src/node/library/index'
import { tempDir } from '../library/helpers'
import { BODY_1, BODY_2, doc, h, p, QUOTE, t } from './fixtures'

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), env: {}, cwd }
  const code = await runCli(argv, io)
  return { code, out, err }
}

/** A library with one rich article by a known author and one with no author. */
function seeded(): { dir: string; withAuthor: string; noAuthor: string } {
  const dir = tempDir()
  const lib = openLibrary(join(dir, 'library.sqlite'))
  try {
    const author = lib.createAuthor('سارة الأحمد', 'https://example.com/sara.jpg')
    const document = doc(h('h2', 'فرعي'), p(BODY_1, ' ', t('غامق', 1)), p(BODY_2))
    const withAuthor = lib.createArticle({ title: 'الماء', authorId: author.id, pullQuote: QUOTE, document, status: 'ready' }).id
    const noAuthor = lib.createArticle({ title: 'بلا كاتب', document: doc(p('نص <b>بلا</b> كاتب')) }).id
    return { dir, withAuthor, noAuthor }
  } finally {
    lib.close()
  }
}

describe('amud export --to', () => {
  it('writes tagged files by default, as before', async () => {
    const { dir, withAuthor } = seeded()
    const r = await run(dir, 'export', '--id', withAuthor, '--out', 'out', '--library', 'library.sqlite')
    expect(r).toMatchObject({ code: 0, err: '' })
    const [file] = readdirSync(join(dir, 'out'))
    expect(file).toMatch(/ - سارة الأحمد - الماء\.txt$/)
    expect(readFileSync(join(dir, 'out', file!), 'utf8')).toContain(`” ${QUOTE}”`)
  })

  it('writes HTML pages, with the extension and escaped text', async () => {
    const { dir, withAuthor, noAuthor } = seeded()
    const r = await run(dir, 'export', '--all', '--to', 'html', '--out', 'out', '--library', 'library.sqlite')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/2 written, 0 skipped, 0 failed\n$/)
    const files = readdirSync(join(dir, 'out')).sort()
    expect(files.every((f) => f.endsWith('.html'))).toBe(true)
    const pages = files.map((f) => readFileSync(join(dir, 'out', f), 'utf8'))
    const rich = pages.find((x) => x.includes('سارة الأحمد'))!
    expect(rich).toContain('<!DOCTYPE html>')
    expect(rich).toContain('<h2 dir="rtl">فرعي</h2>')
    expect(rich).toContain('<strong>غامق</strong>')
    // The article with no author cannot be a tagged file, but it can be a page.
    expect(pages.find((x) => x.includes('بلا كاتب'))).toContain('نص &lt;b&gt;بلا&lt;/b&gt; كاتب')
    expect(withAuthor).not.toBe(noAuthor)
  })

  it('writes Markdown and Word documents', async () => {
    const { dir, withAuthor } = seeded()
    expect((await run(dir, 'export', '--id', withAuthor, '--to', 'md', '--out', 'md', '--library', 'library.sqlite')).code).toBe(0)
    const [md] = readdirSync(join(dir, 'md'))
    expect(md).toMatch(/\.md$/)
    expect(readFileSync(join(dir, 'md', md!), 'utf8')).toContain(`## فرعي\n\n${BODY_1} **غامق**`)

    expect((await run(dir, 'export', '--id', withAuthor, '--to', 'docx', '--out', 'docx', '--library', 'library.sqlite')).code).toBe(0)
    const [docx] = readdirSync(join(dir, 'docx'))
    expect(docx).toMatch(/\.docx$/)
    const bytes = readFileSync(join(dir, 'docx', docx!))
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:bidi/>')
    const { value } = await mammoth.convertToHtml({ buffer: bytes })
    expect(value).toContain('<strong>غامق</strong>')
  })

  it('keeps an existing file unless --overwrite, whatever the format', async () => {
    const { dir, withAuthor } = seeded()
    await run(dir, 'export', '--id', withAuthor, '--to', 'md', '--out', 'out', '--library', 'library.sqlite')
    const again = await run(dir, 'export', '--id', withAuthor, '--to', 'md', '--out', 'out', '--library', 'library.sqlite')
    expect(again.out).toMatch(/^skipped .*\.md: .*already exists \(add --overwrite to replace it\)$/m)
    const forced = await run(dir, 'export', '--id', withAuthor, '--to', 'md', '--out', 'out', '--overwrite', '--library', 'library.sqlite')
    expect(forced.out).toMatch(/^written .*\.md$/m)
  })

  it('refuses an unknown format as a usage mistake, writing nothing', async () => {
    const { dir, withAuthor } = seeded()
    const r = await run(dir, 'export', '--id', withAuthor, '--to', 'pdf', '--out', 'out', '--library', 'library.sqlite')
    expect(r.code).toBe(2)
    expect(r.err).toContain('--to must be one of tagged, html, md, docx')
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('reports an article that does not exist and carries on', async () => {
    const { dir, withAuthor } = seeded()
    const r = await run(dir, 'export', '--id', 'nope', '--id', withAuthor, '--to', 'docx', '--out', 'out', '--library', 'library.sqlite')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^failed nope: /m)
    expect(r.out).toMatch(/1 written, 0 skipped, 1 failed/)
  })
})
