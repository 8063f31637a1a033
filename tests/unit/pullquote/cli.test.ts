import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/node/cli/command'
import { runCli } from '../../../src/node/cli/main'
import { FIXTURES_DIR } from './eval-set'

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: FIXTURES_DIR }
  const code = await runCli(argv, io)
  return { code, out, err }
}

const HEADER = '[author image="https://example.com/a.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب[/author]'
const SEP = 'ـ'.repeat(25)
const BODY = 'تعلمنا منذ الصغر أن الماء نعمة، لكننا لم نتعلم أن النعمة تحتاج إلى إدارة رشيدة في كل بيت.'

function tempFile(quoteLine: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'amud-pq-'))
  const file = join(dir, 'a.txt')
  writeFileSync(file, [HEADER, quoteLine, SEP, BODY].join('\n'))
  return file
}

describe('amud pullquotes', () => {
  it('prints the top 5 with reasons, and where the file’s own pull quote ranks', async () => {
    const { code, out, err } = await run('pullquotes', '08-remote-work.txt')
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out).toMatch(/^08-remote-work\.txt: 5 candidates from the body/)
    expect(out.match(/^\d\. score /gm)).toHaveLength(5)
    expect(out).toContain('a contrast (لكن، بل، غير أن) — مقابلة أو استدراك')
    expect(out).toMatch(/Its own pull quote \(paragraph 3, similarity 1\.00\) is among them: candidate 1\.\n$/)
  })

  it('honours --top and says when the own quote ranks below it', async () => {
    const { out } = await run('pullquotes', '04-cities.txt', '--top', '2')
    expect(out.match(/^\d\. score /gm)).toHaveLength(2)
    expect(out).toMatch(/is not among the top 2: it ranks \d+\./)
  })

  it('writes JSON with the candidates and the own quote’s location and rank', async () => {
    const { code, out } = await run('pullquotes', '12-heat.txt', '--json', '--top', '3')
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json.source).toBe('12-heat.txt')
    expect(json.candidates).toHaveLength(3)
    expect(json.candidates[0]).toMatchObject({ paragraph: expect.any(Number), start: expect.any(Number), words: expect.any(Number) })
    expect(json.candidates[0].reasons[0]).toMatchObject({
      code: expect.any(String),
      weight: expect.any(Number),
      ar: expect.any(String),
      en: expect.any(String)
    })
    expect(json.ownPullQuote).toMatchObject({ location: { state: 'found', paragraph: 1 }, rank: 1, inTop: true })
  })

  it('says so when the own pull quote is not in the body, or there is none', async () => {
    const missing = await run('pullquotes', tempFile('” هذه جملة لم يكتبها الكاتب في مقاله أبدا ولا تشبه شيئا منه”'))
    expect(missing.code).toBe(0)
    expect(missing.out).toMatch(/Its own pull quote is not in the body \(best similarity 0\.\d\d\)/)
    const none = await run('pullquotes', tempFile('” ”'))
    expect(none.out).toContain('Its own pull quote: none')
    expect(JSON.parse((await run('pullquotes', tempFile('” ”'), '--json')).out).ownPullQuote).toBeNull()
  })

  it('rejects a bad --top or a missing FILE as usage mistakes, and an unreadable file with status 1', async () => {
    expect((await run('pullquotes', '01-water.txt', '--top', '0')).code).toBe(2)
    expect((await run('pullquotes', '01-water.txt', '--top', 'five')).err).toContain('--top must be a whole number')
    expect((await run('pullquotes')).code).toBe(2)
    const gone = await run('pullquotes', 'no-such-file.txt')
    expect(gone.code).toBe(1)
    expect(gone.err).toContain('no such file')
  })

  it('names the file form in its help (the ID form: cli-library.test.ts)', async () => {
    const { out } = await run('pullquotes', '--help')
    expect(out).toContain('Usage: amud pullquotes FILE|ID [--top N] [--json]')
  })
})
