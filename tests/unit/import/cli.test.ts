import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/node/cli/command'
import { runCli } from '../../../src/node/cli/main'
import { toDocx } from '../../../src/node/export/docx'
import { openLibrary } from '../../../src/node/library/index'
import { IMPORTABLE_EXTENSIONS } from '../../../src/node/transfer/collect'
import { tempDir } from '../library/helpers'
import { article, BODY_1, BODY_2, doc, h, p, QUOTE, t } from '../export/fixtures'

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), env: {}, cwd }
  const code = await runCli(argv, io)
  return { code, out, err }
}

function snapshot(dir: string): { articles: number; authors: string[] } {
  const lib = openLibrary(join(dir, 'library.sqlite'))
  try {
    return { articles: lib.listArticles({ limit: 500 }).items.length, authors: lib.listAuthors().map((a) => a.name) }
  } finally {
    lib.close()
  }
}

function readBack(dir: string, id: string): ReturnType<ReturnType<typeof openLibrary>['getArticle']> {
  const lib = openLibrary(join(dir, 'library.sqlite'))
  try {
    return lib.getArticle(id)
  } finally {
    lib.close()
  }
}

const TAGGED = `[author image="" alt="" class="avatar photo" height="60" width="60"]كاتب آخر[/author]\n” ”\n${'ـ'.repeat(25)}\n${BODY_2}`

async function plainWordFile(...paragraphs: string[]): Promise<Buffer> {
  const children = paragraphs.map((text, i) =>
    i === 0
      ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text, rightToLeft: true })] })
      : new Paragraph({ bidirectional: true, children: [new TextRun({ text, rightToLeft: true })] })
  )
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}

describe('amud import with Word documents', () => {
  it('collects .docx files next to tagged ones', () => {
    expect(IMPORTABLE_EXTENSIONS).toEqual(['.txt', '.docx'])
  })

  it('refuses an .odt or a .pdf named outright for its type, saying which types it reads', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'column.odt'), 'PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text')
    writeFileSync(join(dir, 'column.pdf'), '%PDF-1.7\n')
    const r = await run(dir, 'import', 'column.odt', 'column.pdf', '--library', 'library.sqlite')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^failed column\.odt: \.odt files cannot be imported: Amud reads tagged article files \(\.txt\) and Word documents \(\.docx\)/m)
    expect(r.out).toMatch(/^failed column\.pdf: \.pdf files cannot be imported/m)
    expect(r.out).not.toMatch(/author header|line 1/)
    expect(snapshot(dir).articles).toBe(0)
  })

  it('imports an exported article whole: title, author, pull quote, formatting', async () => {
    const dir = tempDir()
    const document = doc(h('h2', 'فرعي'), p(BODY_1, ' ', t('غامق', 1)), p(BODY_2))
    writeFileSync(join(dir, 'column.docx'), await toDocx(article({ document })))
    const r = await run(dir, 'import', 'column.docx', '--status', 'editing', '--library', 'library.sqlite')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const id = /^imported column\.docx (\S+)$/m.exec(r.out)?.[1]
    expect(id).toBeDefined()
    expect(r.out).toMatch(/1 imported, 0 skipped, 0 failed\n$/)
    const a = readBack(dir, id!)
    expect(a).toMatchObject({ title: 'الماء', pullQuote: QUOTE, status: 'editing', author: { name: 'سارة الأحمد', pictureUrl: null } })
    expect(a.bodyText).toBe(`فرعي\n${BODY_1} غامق\n${BODY_2}`)
    expect(a.document.root.children[0]).toMatchObject({ type: 'heading', tag: 'h2' })
  })

  it('skips the same column a second time, unless --allow-duplicates', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.docx'), await plainWordFile('العنوان', 'بقلم: سارة', BODY_1))
    expect((await run(dir, 'import', 'a.docx', '--library', 'library.sqlite')).code).toBe(0)
    const again = await run(dir, 'import', 'a.docx', '--library', 'library.sqlite')
    expect(again.out).toMatch(/^skipped a\.docx: already in the library/m)
    expect(snapshot(dir)).toEqual({ articles: 1, authors: ['سارة'] })
    expect((await run(dir, 'import', 'a.docx', '--allow-duplicates', '--library', 'library.sqlite')).out).toMatch(/^imported a\.docx /m)
    expect(snapshot(dir).articles).toBe(2)
  })

  it('uses --author for a document that names none, and says so when there is none', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'b.docx'), await plainWordFile('عنوان', BODY_1))
    const anonymous = await run(dir, 'import', 'b.docx', '--library', 'library.sqlite')
    expect(anonymous.out).toMatch(/^warning b\.docx: the document names no author/m)
    writeFileSync(join(dir, 'c.docx'), await plainWordFile('عنوان', BODY_2))
    expect((await run(dir, 'import', 'c.docx', '--author', 'ليلى', '--library', 'library.sqlite')).code).toBe(0)
    expect(snapshot(dir).authors).toEqual(['ليلى'])
  })

  it('imports a folder of tagged and Word files in order, and a broken Word file writes nothing', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in', '1.txt'), TAGGED)
    writeFileSync(join(dir, 'in', '2.docx'), 'this is not a zip')
    writeFileSync(join(dir, 'in', '3.docx'), await plainWordFile('عنوان', 'بقلم: سارة', BODY_1))
    writeFileSync(join(dir, 'in', '4.docx'), await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })))
    const r = await run(dir, 'import', 'in', '--library', 'library.sqlite')
    expect(r.code).toBe(1)
    const lines = r.out.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^imported in\/1\.txt /)
    expect(lines[1]).toBe('failed in/2.docx: this is not a Word document (.docx): the file is not a zip package')
    expect(lines[2]).toMatch(/^imported in\/3\.docx /)
    expect(lines[3]).toBe('failed in/4.docx: the document has no body text')
    expect(lines[4]).toBe('2 imported, 0 skipped, 2 failed')
    expect(snapshot(dir)).toEqual({ articles: 2, authors: expect.arrayContaining(['كاتب آخر', 'سارة']) })
  })

  it('reports Word documents in --json too', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'x.docx'), 'PK not really')
    const r = await run(dir, 'import', 'x.docx', '--json', '--library', 'library.sqlite')
    const json = JSON.parse(r.out)
    expect(json).toMatchObject({ imported: 0, failed: 1, files: [{ name: 'x.docx', outcome: 'failed', warnings: [] }] })
  })
})
