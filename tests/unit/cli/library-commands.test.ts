// The library commands end to end: a real library file, the commands as a shell runs them.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { amud } from '../../support/cli'
import { OWN_COLUMN } from '../../support/columns'
import { describeEachColumn } from '../../support/each-column'
import { openLibrary } from '../../../src/node/library/index'
import { documentFromParagraphs } from '../../../src/shared/document/index'

const example = OWN_COLUMN.path
let dir: string
let library: string
const run = (...args: string[]): ReturnType<typeof amud> => amud([...args, '--library', library], { cwd: dir })

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'amud-libcli-'))
  library = join(dir, 'library.sqlite')
})

async function importExample(path = example): Promise<string> {
  copyFileSync(path, join(dir, 'column.txt'))
  const r = await run('import', 'column.txt')
  expect(r.code).toBe(0)
  return (r.out.match(/^imported column\.txt (\S+)$/m) as RegExpMatchArray)[1] as string
}

describeEachColumn('amud with a library', (column) => {
  it('imports, lists, finds in another hamza spelling, and shows the same bytes', async () => {
    const id = await importExample(column.path)
    const list = await run('list')
    expect(list.out).toMatch(new RegExp(`^${id}\\tdraft\\t\\S+\\t\\d+\\t${column.authorName}\\t`, 'm'))

    // The body spells its words otherwise (اطلق for أطلق, الابنية for الأبنية); the search finds it.
    const search = await run('search', column.search.query, '--json')
    const hits = JSON.parse(search.out).hits
    expect(hits.map((h: { article: { id: string } }) => h.article.id)).toEqual([id])
    const snippet = hits[0].snippet
    const marked = snippet.highlights.map(([s, e]: [number, number]) => snippet.text.slice(s, e))
    expect(marked.some((w: string) => column.search.marks.includes(w))).toBe(true)

    const shown = await run('show', id)
    expect(shown.out).toBe(readFileSync(column.path, 'utf8'))
  })
})

describe('amud with a library', () => {
  it('search finds every form of a word, says how many articles match, and explains its syntax', async () => {
    const lib = openLibrary(library)
    for (const body of ['لا حلول للأزمة.', 'الأزمة باقية.', 'وبالأزمة بدأ العام.']) {
      lib.createArticle({ title: 'مقال', document: documentFromParagraphs([body]) })
    }
    lib.createArticle({ title: 'رياضة', document: documentFromParagraphs(['الرياضة للجميع.']) })
    lib.close()
    const text = await run('search', 'الأزمة', '--limit', '1')
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/\[الأزمة\]/)
    expect(text.out.trimEnd().split('\n').at(-1)).toBe('3 articles match (1 shown)')
    const json = JSON.parse((await run('search', 'الأزمة', '--json')).out)
    expect(json.total).toBe(3)
    const marked = json.hits
      .map((h: { snippet: { text: string; highlights: [number, number][] } }) => h.snippet.highlights.map(([a, b]) => h.snippet.text.slice(a, b)))
      .flat()
    expect(marked.sort()).toEqual(['الأزمة', 'للأزمة', 'وبالأزمة'].sort())
    expect(JSON.parse((await run('search', 'الأزمة -باقية', '--json')).out).total).toBe(2)
    const help = (await amud(['help', 'search'])).out
    for (const syntax of ['"exact phrase"', '-word', 'OR', 'word*', 'للأزمة']) expect(help).toContain(syntax)
    // The limit's range is said before a person runs into it.
    expect(help).toMatch(/--limit N .*1 to 200/)
  })

  it('counts by status, and filters the list by status', async () => {
    await importExample()
    const stats = JSON.parse((await run('stats', '--json')).out)
    expect(stats).toMatchObject({ draft: 1, ready: 0, total: 1, authors: 1 })
    expect(stats.bytes).toBeGreaterThan(0)
    expect((await run('list', '--status', 'ready')).out).toBe('')
    expect((await run('list', '--status', 'nonsense')).code).toBe(2)
  })

  it('exports by status into a folder, files that pass amud check', async () => {
    await importExample()
    const r = await run('export', '--status', 'draft', '--out', 'outbox')
    expect(r.code).toBe(0)
    const files = readdirSync(join(dir, 'outbox'))
    expect(files).toHaveLength(1)
    expect((await amud(['check', join(dir, 'outbox', files[0] as string)])).code).toBe(0)
  })

  it('backs up, and restores the backup over a changed library, keeping the old file aside', async () => {
    await importExample()
    expect((await run('backup', 'copy.sqlite')).code).toBe(0)
    expect((await run('backup', 'copy.sqlite')).code).toBe(2) // exists: needs --overwrite
    writeFileSync(join(dir, 'second.txt'), readFileSync(example, 'utf8').replace(OWN_COLUMN.title, 'عنوان آخر'))
    await run('import', 'second.txt')
    expect(JSON.parse((await run('stats', '--json')).out).total).toBe(2)

    const restored = await run('restore', 'copy.sqlite')
    expect(restored.code).toBe(0)
    expect(JSON.parse((await run('stats', '--json')).out).total).toBe(1)
    const kept = restored.out.match(/kept as (\S+)/)?.[1]
    expect(kept && existsSync(kept)).toBe(true)
  })

  it('refuses a backup that is not a library, and names it', async () => {
    await importExample()
    writeFileSync(join(dir, 'junk.sqlite'), 'not a database at all')
    const r = await run('restore', 'junk.sqlite')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/junk\.sqlite is not an Amud library backup \(not an SQLite database\); nothing was restored/)
    // Not what a damaged library is told: the person is restoring from a backup already.
    expect(r.err).not.toMatch(/restore it from a backup|The library/)
    expect(JSON.parse((await run('stats', '--json')).out).total).toBe(1)
  })

  it('reports a bad file among good ones with its line, and imports the good ones', async () => {
    copyFileSync(example, join(dir, 'good.txt'))
    writeFileSync(
      join(dir, 'bad.txt'),
      '[author image="ftp://x" alt="" class="avatar photo" height="60" width="60"]x[/author]\n” q”\nـــــــــــــــــــــــــ\nbody'
    )
    const r = await run('import', 'bad.txt', 'good.txt')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^failed bad\.txt:1:\d+: /m)
    // The place is said once, as FILE:LINE:COL, not again as "line 1, column …".
    expect(r.out).not.toMatch(/line \d+, column \d+/)
    expect(r.out).toMatch(/^imported good\.txt /m)
    expect(JSON.parse((await run('stats', '--json')).out).total).toBe(1)
  })

  it('loads the Word writer and reader on demand from the real command', async () => {
    await importExample()
    const bin = resolve(__dirname, '../../../bin/amud.mjs')
    const run = (...args: string[]): string => execFileSync(process.execPath, [bin, ...args, '--library', library], { cwd: dir, encoding: 'utf8' })
    expect(run('export', '--all', '--to', 'docx', '--out', 'word')).toMatch(/^1 written/m)
    expect(run('import', 'word', '--allow-duplicates')).toMatch(/^1 imported, 0 skipped, 0 failed$/m)
  })
})
