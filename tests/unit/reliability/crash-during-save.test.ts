// A process saving continuously is killed with SIGKILL at random moments: the library must
// pass SQLite's integrity check and hold every save the process acknowledged.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../../src/node/library'

const ROUNDS = 20
const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'amud-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function runUntilKilled(libraryPath: string, articleId: string, killAfterMs: number): Promise<string | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/save-loop.ts', libraryPath, articleId], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      // Start the clock at the first acknowledged save, so every kill lands mid-stream.
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') return fail(new Error(`save loop ended without being killed: ${err}`))
      const acks = out.split('\n').filter((l) => l.startsWith('ack '))
      done(acks.at(-1) ?? null)
    })
  })
}

describe('a crash in the middle of saving', () => {
  it(`keeps the library whole and the last acknowledged save, over ${ROUNDS} SIGKILLs`, async () => {
    const libraryPath = join(dir, 'library.sqlite')
    const setup = openLibrary(libraryPath)
    const articleId = setup.createArticle({ title: 'مسودة' }).id
    setup.close()

    for (let round = 0; round < ROUNDS; round++) {
      const lastAck = await runUntilKilled(libraryPath, articleId, 20 + Math.floor(Math.random() * 300))
      expect(lastAck, `round ${round}: the child acknowledged no save`).not.toBeNull()
      const [, version, counter] = (lastAck as string).split(' ').map(Number)

      const raw = new Database(libraryPath)
      expect(raw.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
      raw.close()

      const library = openLibrary(libraryPath)
      const article = library.getArticle(articleId)
      // The process may have committed one more save after its last acknowledgement, never fewer;
      // each save bumps the version and the counter by one, so the text tells which one is there.
      const extra = article.version - (version as number)
      expect(extra, `round ${round}: version ${article.version}, acknowledged ${version}`).toBeGreaterThanOrEqual(0)
      expect(extra).toBeLessThanOrEqual(1)
      expect(article.bodyText).toContain(`الفقرة رقم ${(counter as number) + extra} `)
      library.close()
    }
  }, 180_000)
})
