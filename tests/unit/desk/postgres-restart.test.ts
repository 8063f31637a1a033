// PostgreSQL itself going away under the desk (issue 14: "restart PostgreSQL"): the cluster
// restarted (`pg_ctlcluster`, as root only; otherwise skipped with a sentence) between syncs
// and during a round of two clients' syncs, and a connection lost inside a transaction, which
// must fail that transaction only and leave the desk process alive.
import { execFile, execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { markSent, syncLibrary, type SyncReport } from '../../../src/node/desk/sync'
import type { Library } from '../../../src/node/library/index'
import { postgresUnavailable, serverBackend, waitFor } from '../../support/desk'
import { converge, onDesk } from '../../support/desk-faults'
import { edit, localOf, paragraphs, startTestDesk, write } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

/** The PostgreSQL cluster serving the tests ("15 main"), when this process may restart it. */
function restartableCluster(): { version: string; name: string } | string {
  if (unavailable) return unavailable
  if (process.getuid?.() !== 0) return 'The PostgreSQL restart test needs root (pg_ctlcluster restarts the cluster); skipped.'
  try {
    const line = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' })
      .split('\n')
      .find((l) => /\s5432\s+online\s/.test(l))
    const [version, name] = line ? line.trim().split(/\s+/) : []
    return version && name ? { version, name } : 'No online PostgreSQL cluster on port 5432: the restart test is skipped.'
  } catch (err) {
    return `pg_lsclusters is not available (${err instanceof Error ? err.message : String(err)}): the PostgreSQL restart test is skipped.`
  }
}
const cluster = restartableCluster()
if (typeof cluster === 'string' && !unavailable) console.warn(cluster)

/** Syncs until a sync succeeds (PostgreSQL may still be starting), at most `ms`. */
async function syncOnceUp(lib: Library, ms = 60_000): Promise<SyncReport> {
  const end = Date.now() + ms
  for (;;) {
    try {
      return await syncLibrary(lib)
    } catch (err) {
      if (Date.now() > end) throw err
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

describe.skipIf(typeof cluster === 'string')('the desk while PostgreSQL restarts', () => {
  it('converges after a restart between syncs and one during a sync round, every word on both sides', async () => {
    const { version, name } = cluster as { version: string; name: string }
    const restart = (): Promise<void> =>
      new Promise((res, rej) => execFile('pg_ctlcluster', [version, name, 'restart'], { timeout: 120_000 }, (err) => (err ? rej(err) : res())))
    const desk = await startTestDesk(serverBackend)
    try {
      const alice = await desk.user('columnist')
      const editor = await desk.user('editor')
      const a = await desk.library(alice.token)
      const e = await desk.library(editor.token)
      const id = write(a.lib, ['قبل إعادة التشغيل', 'سطر المحرر'])
      markSent(a.lib, id, null)
      await syncLibrary(a.lib)
      await syncLibrary(e.lib)
      const eid = localOf(e.lib, id)

      // Between syncs: the pool's idle connections die with the server.
      await restart()
      edit(a.lib, id, 0, 'بعد إعادة التشغيل الأولى')
      await syncOnceUp(a.lib)

      // During a round: both clients syncing while the server goes down and comes back.
      edit(a.lib, id, 0, 'بعد إعادة التشغيل الثانية')
      edit(e.lib, eid, 1, 'سطر المحرر أثناء إعادة التشغيل')
      const round = Promise.allSettled([syncLibrary(a.lib), syncLibrary(e.lib)])
      await restart()
      await round
      await syncOnceUp(a.lib)
      await syncOnceUp(e.lib)
      await converge([a.lib, e.lib])
      const both = ['بعد إعادة التشغيل الثانية', 'سطر المحرر أثناء إعادة التشغيل']
      expect(paragraphs(a.lib, id)).toEqual(both)
      expect(paragraphs(e.lib, eid)).toEqual(both)
      expect(await onDesk(desk.running.url, editor.token, id)).toEqual(both)
      a.lib.close()
      e.lib.close()
    } finally {
      await desk.close()
    }
  }, 300_000)
})

describe.skipIf(unavailable !== null)("the desk's connection to PostgreSQL lost inside a transaction", () => {
  it('fails that transaction only; the process lives on and the next one succeeds', async () => {
    const opened = await serverBackend.open()
    try {
      const db = opened.db
      let gone = false
      await expect(
        db.transaction(async (q) => {
          const { rows } = await q.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
          await db.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid])
          await waitFor('the server to drop the connection', async () => {
            const left = await db.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [rows[0]!.pid])
            return left.rows.length === 0
          })
          gone = true
          // The client learns of it between two statements: an 'error' event, then this fails.
          await new Promise((r) => setImmediate(r))
          await q.query('SELECT 1')
        })
      ).rejects.toThrow()
      expect(gone).toBe(true)
      expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }])
    } finally {
      await opened.dispose()
    }
  }, 60_000)
})
