import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { amud } from '../../support/cli'
import { OWN_COLUMN } from '../../support/columns'
import { describeEachColumn } from '../../support/each-column'

const root = resolve(__dirname, '../../..')
const example = OWN_COLUMN.path
const dir = mkdtempSync(join(tmpdir(), 'amud-cli-'))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('npx amud', () => {
  it('runs from the bin entry with no build step and lists every command', () => {
    const out = execFileSync(process.execPath, [join(root, 'bin/amud.mjs'), '--help'], { encoding: 'utf8' })
    for (const name of ['check', 'convert', 'lint', 'sentences', 'normalize', 'import', 'export', 'search']) {
      expect(out).toMatch(new RegExp(`^  ${name} `, 'm'))
    }
  })

  it('says so when a command does not exist, with exit status 2', async () => {
    const r = await amud(['frobnicate'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('there is no command "frobnicate"')
  })
})

describeEachColumn('amud on a whole column', (column) => {
  it('check prints nothing and exits 0', async () => {
    expect(await amud(['check', column.path])).toEqual({ code: 0, out: '', err: '' })
  })

  it('convert gives the canonical file back byte for byte, with no newline added', async () => {
    const r = await amud(['convert', column.path, '--to', 'tagged'])
    expect(r.out).toBe(readFileSync(column.path, 'utf8'))
  })

  it('convert writes JSON with the parts of the article', async () => {
    const article = JSON.parse((await amud(['convert', column.path, '--to', 'json'])).out)
    expect(article.authorName).toBe(column.authorName)
    expect(article.paragraphs).toHaveLength(column.paragraphWords.length)
  })

  it('sentences splits the body into sentences with their line and columns', async () => {
    const first = `${column.title}.`
    const lines = (await amud(['sentences', column.path])).out.split('\n')
    expect(lines).toContain(`4:1-${first.length}\t${first}`)
    const json = JSON.parse((await amud(['sentences', column.path, '--json'])).out)
    expect(json[1]).toMatchObject({ line: 4, start: 0, end: first.length })
  })
})

describe('amud check', () => {
  it('prints FILE:LINE:COL for warnings and errors, and exits 1 if any file is invalid', async () => {
    const crlf = file('crlf.txt', readFileSync(example, 'utf8').replace(/\n/g, '\r\n'))
    const bad = file('bad.txt', 'no header here\n” quote”\nـــــــــــــــــــــــــ\nbody')
    const r = await amud(['check', crlf, bad])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(new RegExp(`^${crlf.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: warning: `, 'm'))
    expect(r.out).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1:1: error: `, 'm'))
  })

  it('warns about an author name with unusual spacing, which it keeps as written (exit 0)', async () => {
    const text = readFileSync(example, 'utf8')
    const name = OWN_COLUMN.authorName
    const nbsp = file('nbsp.txt', text.replace(name, name.replace(' ', '\u00a0')))
    const r = await amud(['check', nbsp])
    expect(r.code).toBe(0)
    // The warning points at the no-break space itself: the name's first space, on line 1.
    const column = text.indexOf(name) + name.indexOf(' ') + 1
    expect(r.out).toBe(
      `${nbsp}:1:${column}: warning: the author name has a no-break space (U+00A0) where a single ordinary space is usual; the name is kept as written, so the library counts it as an author of its own, apart from the same name written with ordinary spaces\n`
    )
  })

  it("checks a folder whole, as import reads one: its .txt files and its folders' (exit 1 if any is invalid)", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amud-check-dir-'))
    mkdirSync(join(folder, 'أرشيف'))
    writeFileSync(join(folder, 'good.txt'), readFileSync(example))
    writeFileSync(join(folder, 'أرشيف', 'bad.txt'), 'no header here\n” quote”\nـــــــــــــــــــــــــ\nbody')
    writeFileSync(join(folder, 'notes.md'), 'not a tagged file, not read')
    const r = await amud(['check', folder])
    expect(r.err).toBe('')
    expect(r.code).toBe(1)
    expect(r.out.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${join(folder, 'أرشيف', 'bad.txt').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1:1: error: `))
    ])
    rmSync(join(folder, 'أرشيف'), { recursive: true })
    expect(await amud(['check', folder])).toEqual({ code: 0, out: '', err: '' })
    expect((await amud(['help', 'check'])).out).toMatch(/folder/)
  })

  it('names a missing file', async () => {
    const r = await amud(['check', join(dir, 'nowhere.txt')])
    expect(r.code).toBe(1)
    expect(r.err).toContain('nowhere.txt: cannot read: no such file')
  })
})

describe('amud convert', () => {
  it('refuses an unknown target as a usage mistake', async () => {
    expect((await amud(['convert', example, '--to', 'pdf'])).code).toBe(2)
  })
})

describe('amud lint', () => {
  it('reports Latin punctuation beside Arabic with line and column, and --fix repairs it', async () => {
    const header = '[author image="https://example.com/a.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب[/author]'
    const path = file('lint.txt', `${header}\n” اقتباس”\nـــــــــــــــــــــــــ\nهل جاء الربيع?`)
    const r = await amud(['lint', path])
    expect(r.code).toBe(1)
    expect(r.out).toContain(`${path}:4:14: latin-punctuation:`)
    const fixed = await amud(['lint', path, '--fix'])
    expect(fixed.code).toBe(0)
    // It says what it changed, where, and that the file was rewritten.
    expect(fixed.out).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4:14: fixed latin-punctuation: `, 'm'))
    expect(fixed.out).toMatch(/: 1 fix\(es\) applied on 1 line\(s\); the file was rewritten$/m)
    expect((await amud(['lint', path, '--fix'])).out).toBe(`${path}: nothing to fix\n`)
    expect(readFileSync(path, 'utf8').split('\n')[3]).toBe('هل جاء الربيع؟')
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(header)
  })
})

describe('amud normalize', () => {
  it('prints what search sees', async () => {
    expect((await amud(['normalize', 'أُسامة', 'إلى'])).out).toBe('اسامه الي\n')
  })
})
