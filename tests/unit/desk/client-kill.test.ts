// A client killed at random moments mid-sync (issue 14: "kill a client mid-sync"): a real
// `amud desk sync` process (amud bundled once, tests/support/amud-bundle.ts) SIGKILLed at a
// random moment of its sync, round after round, while the editor's library syncs too. After
// each kill the library file passes SQLite's integrity_check, a sync converges, and every word
// either side wrote is in both libraries and on the desk, with no conflict. The rounds are
// bounded in count (AMUD_DESK_CLIENT_KILLS, default 20) and in time (60 s). Run on the
// PostgreSQL server when one answers, else on the embedded one: the fault is the client's.
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import { openLibrary, type Library } from '../../../src/node/library/index'
import { bundleAmud } from '../../support/amud-bundle'
import { embeddedBackend, postgresUnavailable, serverBackend } from '../../support/desk'
import { append, conflictsIn, converge, onDesk } from '../../support/desk-faults'
import { localOf, paragraphs, startTestDesk, write, type TestDesk } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)
const KILLS = Number(process.env.AMUD_DESK_CLIENT_KILLS ?? 20)
const BUDGET_MS = 60_000

/** Runs `fn` on the library file, opened for it alone (the sync processes open it too). */
function withFile<T>(path: string, fn: (lib: Library) => T): T {
  const lib = openLibrary(path)
  try {
    return fn(lib)
  } finally {
    lib.close()
  }
}

describe('a syncing client killed at random moments', () => {
  let amud: Awaited<ReturnType<typeof bundleAmud>>
  let desk: TestDesk
  beforeAll(async () => {
    amud = await bundleAmud()
    desk = await startTestDesk(unavailable === null ? serverBackend : embeddedBackend)
  }, 180_000)
  afterAll(async () => {
    await desk?.close()
    amud?.remove()
  }, 60_000)

  /** `amud desk sync` on the library at `path`; `kill` after `ms` (when given). */
  function syncProcess(path: string, ms?: number, command = 'sync'): Promise<{ signal: NodeJS.Signals | null; code: number | null; took: number }> {
    const started = Date.now()
    const child = spawn(process.execPath, [amud.path, 'desk', command, '--library', path], { stdio: 'ignore' })
    const timer = ms === undefined ? null : setTimeout(() => child.kill('SIGKILL'), ms)
    return new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        if (timer) clearTimeout(timer)
        resolve({ code, signal, took: Date.now() - started })
      })
    )
  }

  it('leaves an intact library that converges, with every word on both sides, after each kill', async () => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await desk.library(alice.token)
    const e = await desk.library(editor.token)
    const id = write(a.lib, ['فقرة الكاتبة', 'فقرة المحرر'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)
    a.lib.close()
    e.lib.close()

    const written = { a: [] as string[], e: [] as string[] }
    const round = (r: number): void => {
      withFile(a.path, (lib) => append(lib, id, 0, `ك${r}`))
      withFile(e.path, (lib) => append(lib, eid, 1, `م${r}`))
      written.a.push(`ك${r}`)
      written.e.push(`م${r}`)
    }
    // How long a sync process takes here, and how much of it is starting and opening the
    // library (`desk status` does only that): the kills fall anywhere in between.
    round(0)
    const { took, code } = await syncProcess(a.path)
    expect(code).toBe(0)
    const startup = Math.min((await syncProcess(a.path, undefined, 'status')).took, took * 0.8)

    let killed = 0
    let afterPush = 0
    const end = Date.now() + BUDGET_MS
    for (let r = 1; r <= KILLS && Date.now() < end; r++) {
      round(r)
      const changes = await desk.count('desk_changes')
      // A random moment of the sync (the moment is the fault, not a wait for something).
      const [columnist, editorSync] = await Promise.all([syncProcess(a.path, startup + Math.random() * (took * 1.1 - startup)), syncProcess(e.path)])
      expect(editorSync.code).toBe(0)
      if (columnist.signal === 'SIGKILL') {
        killed++
        // Killed after its push had reached the desk: the answer never arrived.
        if ((await desk.count('desk_changes')) > changes + 1) afterPush++
      }
      withFile(a.path, (lib) => expect(lib.database.pragma('integrity_check', { simple: true })).toBe('ok'))
      const [al, el] = [openLibrary(a.path), openLibrary(e.path)]
      try {
        await converge([al, el, al])
        const both = [['فقرة الكاتبة', ...written.a].join(' '), ['فقرة المحرر', ...written.e].join(' ')]
        expect(paragraphs(al, id)).toEqual(both)
        expect(paragraphs(el, eid)).toEqual(both)
        expect(await onDesk(desk.running.url, editor.token, id)).toEqual(both)
        expect(conflictsIn(al)).toBe(0)
      } finally {
        al.close()
        el.close()
      }
    }
    // The kills struck syncs in flight, some of them after the desk had the push.
    expect(killed).toBeGreaterThan(0)
    console.log(`client kills: ${killed} (${afterPush} after the push reached the desk)`)
  }, 300_000)
})
