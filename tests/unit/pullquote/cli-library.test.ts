// `amud pullquotes ID`: an article of the library, ranked from its body as the app ranks it.
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/node/cli/command'
import { runCli } from '../../../src/node/cli/main'
import { openLibrary } from '../../../src/node/library/index'
import { documentFromParagraphs } from '../../../src/shared/document/index'
import { evaluatePullQuote } from '../../../src/shared/pullquote'
import { tempDir } from '../library/helpers'
import { FIXTURES_DIR, readArticle } from './eval-set'

async function run(cwd: string, env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), env, cwd }
  const code = await runCli(argv, io)
  return { code, out, err }
}

const cities = readArticle(join(FIXTURES_DIR, '04-cities.txt'))

/** A library on disk with the cities column (its editor's pull quote), one with no pull quote, one whose quote left the body. */
function seeded(): { dir: string; withQuote: string; noQuote: string; stale: string } {
  const dir = tempDir()
  const lib = openLibrary(join(dir, 'library.sqlite'))
  try {
    const document = documentFromParagraphs(cities.paragraphs)
    const withQuote = lib.createArticle({ title: 'مدن للسيارات', pullQuote: cities.pullQuote, document }).id
    const noQuote = lib.createArticle({ title: 'بلا اقتباس', document }).id
    const stale = lib.createArticle({ title: 'اقتباس قديم', pullQuote: 'جملة حذفها المحرر من النص منذ أسبوع ولم يعد لها أثر فيه.', document }).id
    return { dir, withQuote, noQuote, stale }
  } finally {
    lib.close()
  }
}

describe('amud pullquotes ID', () => {
  it('ranks the library article’s body and says where its own pull quote ranks, as the file form does', async () => {
    const { dir, withQuote } = seeded()
    const r = await run(dir, {}, 'pullquotes', withQuote, '--library', 'library.sqlite')
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out.startsWith(`${withQuote} “مدن للسيارات”: 5 candidates from the body`)).toBe(true)
    expect(r.out.match(/^\d\. score /gm)).toHaveLength(5)
    // The same rank the engine gives the column's paragraphs directly.
    const rank = evaluatePullQuote(cities.paragraphs, cities.pullQuote).rank!
    const fromFile = await run(FIXTURES_DIR, {}, 'pullquotes', '04-cities.txt')
    const tail = (s: string): string => s.slice(s.indexOf('\n') + 1)
    expect(tail(r.out)).toBe(tail(fromFile.out))
    expect(r.out).toMatch(rank <= 5 ? new RegExp(`candidate ${rank}\\.\\n$`) : new RegExp(`it ranks ${rank}\\.\\n$`))
  })

  it('writes JSON naming the article, and finds the library through AMUD_LIBRARY', async () => {
    const { dir, withQuote } = seeded()
    const r = await run(dir, { AMUD_LIBRARY: join(dir, 'library.sqlite') }, 'pullquotes', withQuote, '--json', '--top', '3')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json).toMatchObject({ source: withQuote, title: 'مدن للسيارات', top: 3 })
    expect(json.candidates).toHaveLength(3)
    expect(json.ownPullQuote).toMatchObject({ text: cities.pullQuote, location: { state: 'found', paragraph: 2 } })
    // Offsets point into the body's paragraphs, as in the app.
    const c = json.candidates[0]
    expect(cities.paragraphs[c.paragraph]!.slice(c.start, c.end)).toBe(c.text)
  })

  it('says when the article has no pull quote, or one the body no longer holds', async () => {
    const { dir, noQuote, stale } = seeded()
    const none = await run(dir, {}, 'pullquotes', noQuote, '--library', 'library.sqlite')
    expect(none.out).toMatch(/Its own pull quote: none \(the article has none yet\)\.\n$/)
    expect(JSON.parse((await run(dir, {}, 'pullquotes', noQuote, '--json', '--library', 'library.sqlite')).out).ownPullQuote).toBeNull()
    const gone = await run(dir, {}, 'pullquotes', stale, '--library', 'library.sqlite')
    expect(gone.out).toMatch(/Its own pull quote is not in the body \(best similarity 0\.\d\d\)/)
  })

  it('fails with status 1 for an ID the library does not have', async () => {
    const { dir } = seeded()
    const r = await run(dir, {}, 'pullquotes', '00000000-0000-4000-8000-000000000000', '--library', 'library.sqlite')
    expect(r.code).toBe(1)
    expect(r.err).toContain('There is no article 00000000-0000-4000-8000-000000000000 in the library')
  })

  it('reads an existing file even when its name looks like an ID, and a name that is neither as a missing file', async () => {
    const { dir, withQuote } = seeded()
    copyFileSync(join(FIXTURES_DIR, '04-cities.txt'), join(dir, withQuote))
    const r = await run(dir, {}, 'pullquotes', withQuote, '--library', 'library.sqlite')
    expect(r.out.startsWith(`${withQuote}: 5 candidates`)).toBe(true)
    const neither = await run(dir, {}, 'pullquotes', 'not-an-id', '--library', 'library.sqlite')
    expect(neither.code).toBe(1)
    expect(neither.err).toContain('not-an-id: cannot read: no such file')
  })

  it('documents both forms and the library option in its help', async () => {
    const { out } = await run(FIXTURES_DIR, {}, 'pullquotes', '--help')
    expect(out).toContain('Usage: amud pullquotes FILE|ID [--top N] [--json] [--library PATH]')
    expect(out).toContain('--library PATH')
    expect(out).not.toContain('Coming:')
  })
})
