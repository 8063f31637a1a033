// `amud update ID FILE` as a shell runs it: a real library file, a tagged file on disk. The
// article takes the file's author, pull quote and body as a new revision (the file comes back
// byte for byte from `amud show`); a bad file or an article in the trash changes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { amud } from '../../support/cli'
import { openLibrary } from '../../../src/node/library/index'
import { documentFromParagraphs } from '../../../src/shared/document/index'

let dir: string
let library: string
const run = (...args: string[]): ReturnType<typeof amud> => amud([...args, '--library', library], { cwd: dir })

const tagged = (author: string, quote: string, paragraphs: string[]): string =>
  `[author image="https://example.org/a.jpg" alt="" class="avatar photo" height="60" width="60"]${author}[/author]\n” ${quote}”\n${'\u0640'.repeat(25)}\n${paragraphs.join('\n')}`

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'amud-update-'))
  library = join(dir, 'library.sqlite')
})

function seed(): string {
  const lib = openLibrary(library)
  const id = lib.createArticle({ title: 'عنوان باق', status: 'editing', document: documentFromParagraphs(['نص قديم.']) }).id
  lib.close()
  return id
}

describe('amud update', () => {
  it("replaces the author, pull quote and body with the file's as a new revision, keeping title and status", async () => {
    const id = seed()
    const text = tagged('سلمى الكاتبة', 'اقتباس جديد', ['الفقرة الأولى الجديدة.', 'الفقرة الثانية.'])
    writeFileSync(join(dir, 'new.txt'), text)
    const r = await run('update', id, 'new.txt')
    expect(r.err).toBe('')
    expect(r.out).toBe(`updated ${id} v2\n`)
    expect((await run('show', id)).out).toBe(text)

    const lib = openLibrary(library)
    const a = lib.getArticle(id)
    expect(a).toMatchObject({ title: 'عنوان باق', status: 'editing', pullQuote: 'اقتباس جديد', version: 2 })
    expect(a.author).toMatchObject({ name: 'سلمى الكاتبة', pictureUrl: 'https://example.org/a.jpg' })
    // The old text is a revision like any other: nothing lost.
    expect(lib.listRevisions(id).map((x) => x.version)).toEqual([2, 1])
    lib.close()

    // The same file again: nothing to change, no new revision.
    expect((await run('update', id, 'new.txt', '--json')).out).toBe(`${JSON.stringify({ articleId: id, version: 2, changed: false })}\n`)
  })

  it('takes the title from an exported file name', async () => {
    const id = seed()
    writeFileSync(join(dir, '2014-09-22 - سلمى - عنوان من الاسم.txt'), tagged('سلمى', 'ق', ['نص.']))
    expect((await run('update', id, '2014-09-22 - سلمى - عنوان من الاسم.txt')).code).toBe(0)
    const lib = openLibrary(library)
    expect(lib.getArticle(id).title).toBe('عنوان من الاسم')
    lib.close()
  })

  it('refuses a file that does not parse, naming its line, and an article in the trash; nothing is written', async () => {
    const id = seed()
    writeFileSync(join(dir, 'bad.txt'), 'not a tagged file')
    const bad = await run('update', id, 'bad.txt')
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/^amud update: bad\.txt:1:1: the author header is missing/)
    writeFileSync(join(dir, 'good.txt'), tagged('سلمى', 'ق', ['نص.']))
    const missing = await run('update', 'nosuchid', 'good.txt')
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/nosuchid/)

    const lib = openLibrary(library)
    expect(lib.getArticle(id).version).toBe(1)
    lib.trashArticle(id)
    lib.close()
    const trashed = await run('update', id, 'good.txt')
    expect(trashed.code).toBe(1)
    expect(trashed.err).toMatch(/in the trash; restore it before editing it/)
    const after = openLibrary(library)
    expect(after.listRevisions(id)).toHaveLength(1)
    after.close()
  })
})
