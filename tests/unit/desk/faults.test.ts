// The desk under faults (issue 14's reliability list). Each fault strikes while two real
// libraries sync with a real desk; afterwards a sync converges and every word either side wrote
// (a fortiori every acknowledged one) is on the desk and in both libraries, with no conflict.
// - The desk server (`amud desk serve`, a child process) killed with SIGKILL at random moments
//   of sync rounds, then started again on the same port: AMUD_DESK_FAULT_ROUNDS rounds (default
//   20; the figure is 100), on the embedded PostgreSQL and on a real server.
// - The connection cut in the middle of the desk's answer, by a proxy on 127.0.0.1.
// - PostgreSQL itself restarted (`pg_ctlcluster 15 main restart`, as root, when a server runs).
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeskClient } from '../../../src/node/desk/client'
import { openDeskDb } from '../../../src/node/desk/db'
import { migrateDesk } from '../../../src/node/desk/migrate'
import { markSent, syncLibrary, type SyncReport } from '../../../src/node/desk/sync'
import { addUser } from '../../../src/node/desk/users'
import type { Library } from '../../../src/node/library/index'
import { paragraphsFromDocument } from '../../../src/shared/document/index'
import { embeddedBackend, postgresUnavailable, serverBackend, waitFor, type DeskBackend } from '../../support/desk'
import { edit, localOf, paragraphs, startTestDesk, write, type TestDesk } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)
// Rounds of the kill test: on a PostgreSQL server, and on the embedded one (whose every start
// loads PostgreSQL compiled to WebAssembly: about 5 s on this machine, hence fewer by default).
const ROUNDS = Number(process.env.AMUD_DESK_FAULT_ROUNDS ?? 20)
const EMBEDDED_ROUNDS = Number(process.env.AMUD_DESK_FAULT_ROUNDS_EMBEDDED ?? 5)
const bin = resolve(__dirname, '../../../bin/amud.mjs')

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

/** `amud desk serve` as a child process, started again on the same port after each kill. */
class ServeProcess {
  private child: ChildProcess | null = null
  private exited: Promise<unknown> = Promise.resolve()
  readonly url: string

  constructor(
    private readonly store: string[],
    private readonly port: number
  ) {
    this.url = `http://127.0.0.1:${port}`
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [bin, 'desk', 'serve', ...this.store, '--port', String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout!.on('data', (b: Buffer) => (out += b.toString()))
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()))
    this.exited = new Promise((r) => child.on('exit', r))
    this.child = child
    await waitFor(`the desk to start (${err})`, () => out.includes('\n') || child.exitCode !== null, 90_000)
    if (!out.startsWith(this.url)) throw new Error(`the desk did not start: ${err}`)
  }

  async kill(): Promise<void> {
    this.child?.kill('SIGKILL')
    await this.exited
    this.child = null
  }
}

/** Syncs until both libraries have nothing to send or receive: at most `tries` rounds. */
async function converge(libs: Library[], tries = 10): Promise<void> {
  for (let i = 0; i < tries; i++) {
    const reports: SyncReport[] = []
    for (const lib of libs) reports.push(await syncLibrary(lib))
    if (reports.every((r) => r.sent === 0 && r.received === 0 && r.leftForNext === 0 && r.conflicts.length === 0)) return
  }
  throw new Error(`the libraries did not converge in ${tries} sync rounds`)
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '')

function append(lib: Library, id: string, index: number, word: string): void {
  const ps = paragraphs(lib, id)
  edit(lib, id, index, `${ps[index]} ${word}`)
}

/** The paragraphs of a desk article as the editor's token sees it over HTTP. */
async function onDesk(url: string, token: string, id: string): Promise<string[]> {
  let since = 0
  for (;;) {
    const page = await new DeskClient(url, token).pull(since)
    const found = page.articles.find((a) => a.articleId === id)
    if (found) return paragraphsFromDocument({ root: { type: 'root', version: 1, children: found.content.blocks } } as never)
    if (!page.more) throw new Error(`article ${id} is not on the desk`)
    since = page.next
  }
}

describe.each([
  ['the embedded PostgreSQL (PGlite)', false, EMBEDDED_ROUNDS],
  ['a PostgreSQL server', true, ROUNDS]
])('the desk server killed at random during sync rounds, on %s', (_name, server, rounds) => {
  const skip = server && unavailable !== null
  it.skipIf(skip)(
    `converges after each of ${rounds} kills, with every word both clients wrote on both sides`,
    async () => {
      const opened = server ? await serverBackend.open() : null
      const data = server ? null : mkdtempSync(join(tmpdir(), 'amud-desk-kill-'))
      const folders: string[] = []
      let desk: ServeProcess | null = null
      const libs: Library[] = []
      try {
        // Users first: the embedded folder is one process's at a time.
        const db = opened ? opened.db : await openDeskDb({ data: data! })
        if (!opened) await migrateDesk(db)
        const alice = (await addUser(db, `alice${process.pid}`, 'columnist')).token
        const editor = (await addUser(db, `editor${process.pid}`, 'editor')).token
        if (!opened) await db.close()
        desk = new ServeProcess(opened ? ['--database', opened.database!] : ['--data', data!], await freePort())
        await desk.start()

        const { openLibrary } = await import('../../../src/node/library/index')
        const { writeLink } = await import('../../../src/node/desk/local')
        const join_ = (token: string, name: string, role: 'columnist' | 'editor'): Library => {
          const dir = mkdtempSync(join(tmpdir(), 'amud-desk-kill-lib-'))
          folders.push(dir)
          const lib = openLibrary(join(dir, 'library.sqlite'))
          writeLink(lib, { url: desk!.url, token, userName: name, role }, new Date().toISOString())
          libs.push(lib)
          return lib
        }
        const a = join_(alice, `alice${process.pid}`, 'columnist')
        const e = join_(editor, `editor${process.pid}`, 'editor')
        const id = write(a, ['فقرة الكاتبة', 'فقرة المحرر'])
        markSent(a, id, null)
        await syncLibrary(a)
        await syncLibrary(e)
        const eid = localOf(e, id)

        const written = { a: [] as string[], e: [] as string[] }
        const acknowledged = new Set<string>()
        let kills = 0
        let struck = 0
        // How long a round of two syncs takes here: the kills fall anywhere inside one.
        const started = Date.now()
        append(a, id, 0, 'تمهيد')
        append(e, eid, 1, 'تمهيد')
        written.a.push('تمهيد')
        written.e.push('تمهيد')
        await Promise.all([syncLibrary(a), syncLibrary(e)])
        const roundMs = Date.now() - started
        for (let r = 0; r < rounds; r++) {
          append(a, id, 0, `ك${r}`)
          written.a.push(`ك${r}`)
          append(e, eid, 1, `م${r}`)
          written.e.push(`م${r}`)
          const pending = { a: [...written.a], e: [...written.e] }
          const rounds = [
            syncLibrary(a).then(() => pending.a.forEach((w) => acknowledged.add(w)), () => struck++),
            syncLibrary(e).then(() => pending.e.forEach((w) => acknowledged.add(w)), () => struck++)
          ]
          // A random moment of the round (the moment is the fault, not a wait for something).
          await new Promise((res) => setTimeout(res, Math.random() * roundMs * 1.2))
          await desk.kill()
          kills++
          await Promise.all(rounds)
          await desk.start()
        }
        await converge([a, e, a])
        const expected = ['فقرة الكاتبة', ...written.a].join(' ')
        const expectedE = ['فقرة المحرر', ...written.e].join(' ')
        // The kills did strike syncs in flight (a kill between syncs tests nothing).
        expect(struck).toBeGreaterThan(0)
        for (const lib of [a, e]) {
          const ps = paragraphs(lib, lib === a ? id : eid)
          expect(ps).toEqual([expected, expectedE])
        }
        expect(await onDesk(desk.url, editor, id)).toEqual([expected, expectedE])
        for (const w of acknowledged) expect(words(`${expected} ${expectedE}`)).toContain(w)
        expect(kills).toBe(rounds)
        // Nothing was reported as a conflict: the faults cost no one their text.
        expect(a.database.prepare('SELECT count(*) AS n FROM desk_conflicts').get()).toEqual({ n: 0 })
        expect(e.database.prepare('SELECT count(*) AS n FROM desk_conflicts').get()).toEqual({ n: 0 })
      } finally {
        await desk?.kill()
        for (const lib of libs) lib.close()
        for (const dir of folders) rmSync(dir, { recursive: true, force: true })
        if (data) rmSync(data, { recursive: true, force: true })
        await opened?.dispose()
      }
    },
    600_000
  )
})

/**
 * A TCP proxy on 127.0.0.1 in front of the desk. While `cut` names a route ("POST /v1/push"),
 * the answer to the next such request is cut off after `keep` bytes: the desk has done the
 * work, the client gets half an answer and a closed connection.
 */
class CuttingProxy {
  cut: { route: string; keep: number } | null = null
  cuts = 0
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  url = ''

  constructor(private readonly target: URL) {
    this.server = createServer((client) => this.connection(client))
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  private connection(client: Socket): void {
    const upstream = connect(Number(this.target.port), this.target.hostname)
    for (const s of [client, upstream]) {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
      s.on('error', () => undefined)
    }
    let cutting: { keep: number } | null = null
    client.on('data', (chunk: Buffer) => {
      const head = chunk.toString('latin1', 0, 64)
      if (this.cut && (head.startsWith(`${this.cut.route} `) || head.startsWith(`${this.cut.route}?`))) {
        cutting = { keep: this.cut.keep }
        this.cut = null
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      if (!cutting) {
        client.write(chunk)
        return
      }
      const part = chunk.subarray(0, cutting.keep)
      cutting.keep -= part.length
      if (part.length > 0) client.write(part)
      if (cutting.keep <= 0) {
        this.cuts++
        client.destroy()
        upstream.destroy()
      }
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((r) => this.server.close(() => r()))
  }
}

function faultSuite(backend: DeskBackend): void {
  let desk: TestDesk
  let proxy: CuttingProxy
  beforeAll(async () => {
    desk = await startTestDesk(backend)
    proxy = new CuttingProxy(new URL(desk.running.url))
    await proxy.start()
  }, 180_000)
  afterAll(async () => {
    await proxy?.close()
    await desk?.close()
  }, 60_000)

  it.each([
    ['after the status line', 20],
    ['in the middle of the body', 300]
  ])('a push answer cut %s: the edit made meanwhile and the applied one both arrive, once, with no conflict', async (_where, keep) => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await desk.library(alice.token, proxy.url)
    const e = await desk.library(editor.token)
    const id = write(a.lib, ['بداية المقال', 'فقرة ثانية'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)

    edit(a.lib, id, 0, 'بداية المقال كما وصلت إلى الديسك')
    proxy.cut = { route: 'POST /v1/push', keep }
    await expect(syncLibrary(a.lib)).rejects.toThrow(/did not answer|not a desk answer/)
    expect(proxy.cuts).toBeGreaterThan(0)
    // The desk applied it: the editor receives it, and edits another paragraph.
    await syncLibrary(e.lib)
    expect(paragraphs(e.lib, eid)[0]).toBe('بداية المقال كما وصلت إلى الديسك')
    edit(e.lib, eid, 1, 'فقرة ثانية حررها المحرر')
    await syncLibrary(e.lib)
    // The columnist, not knowing, writes on in the same paragraph before syncing again.
    edit(a.lib, id, 0, 'بداية المقال كما وصلت إلى الديسك ثم زادت عليها الكاتبة')
    const r = await syncLibrary(a.lib)
    expect(r.conflicts).toEqual([])
    await converge([a.lib, e.lib])
    const both = ['بداية المقال كما وصلت إلى الديسك ثم زادت عليها الكاتبة', 'فقرة ثانية حررها المحرر']
    expect(paragraphs(a.lib, id)).toEqual(both)
    expect(paragraphs(e.lib, eid)).toEqual(both)
    expect(await onDesk(desk.running.url, editor.token, id)).toEqual(both)
    const { rows } = await desk.db.query<{ n: string }>(`SELECT count(*) AS n FROM desk_revisions WHERE article_id = $1 AND kind = 'conflict'`, [id])
    expect(Number(rows[0]!.n)).toBe(0)
    a.lib.close()
    e.lib.close()
  })

  it('a push answered while the article was being edited: the edit goes up next, merged from the pushed text, with no conflict', async () => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await desk.library(alice.token)
    const e = await desk.library(editor.token)
    const id = write(a.lib, ['سطر الكاتبة', 'سطر المحرر'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)

    let held = false
    let release: () => void = () => undefined
    desk.hold = (route, user) =>
      route === 'POST /v1/push' && user.name === alice.name ? new Promise<void>((r) => ((held = true), (release = r))) : Promise.resolve()
    edit(a.lib, id, 0, 'سطر الكاتبة بعد التعديل الأول')
    const first = syncLibrary(a.lib)
    try {
      await waitFor('the desk to hold its answer', () => held)
      // The desk has applied the push; its answer waits while the columnist writes on.
      edit(a.lib, id, 0, 'سطر الكاتبة بعد التعديل الأول والثاني')
    } finally {
      desk.hold = null
      release()
    }
    expect((await first).leftForNext).toBe(1)
    edit(e.lib, eid, 1, 'سطر المحرر بعد تحريره')
    await syncLibrary(e.lib)
    expect((await syncLibrary(a.lib)).conflicts).toEqual([])
    await converge([a.lib, e.lib])
    const both = ['سطر الكاتبة بعد التعديل الأول والثاني', 'سطر المحرر بعد تحريره']
    expect(paragraphs(a.lib, id)).toEqual(both)
    expect(paragraphs(e.lib, eid)).toEqual(both)
    a.lib.close()
    e.lib.close()
  })

  it('a pull answer cut mid-body: the next sync receives every article once', async () => {
    const alice = await desk.user('columnist')
    const a = await desk.library(alice.token)
    const ids = [write(a.lib, ['أول'], 'واحد'), write(a.lib, ['ثان'], 'اثنان'), write(a.lib, ['ثالث'], 'ثلاثة')]
    for (const id of ids) markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    const second = await desk.library(alice.token, proxy.url)
    proxy.cut = { route: 'GET /v1/pull', keep: 400 }
    await expect(syncLibrary(second.lib)).rejects.toThrow(/did not answer|not a desk answer/)
    expect(second.lib.listArticles({}).items).toHaveLength(0)
    expect((await syncLibrary(second.lib)).received).toBe(3)
    expect(second.lib.listArticles({}).items.map((x) => x.title).sort()).toEqual(['اثنان', 'ثلاثة', 'واحد'].sort())
    await converge([second.lib])
    a.lib.close()
    second.lib.close()
  })
}

describe('the desk with answers cut, on the embedded PostgreSQL (PGlite)', () => faultSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('the desk with answers cut, on a PostgreSQL server', () => faultSuite(serverBackend))

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

describe.skipIf(unavailable !== null)('the desk\'s connection to PostgreSQL lost inside a transaction', () => {
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
