// Issue 14's load figures: 50 libraries (45 columnists with 20 articles each, 5 editors) syncing
// at once with one desk, round after round, each columnist editing 5 of their articles and each
// editor 9 between syncs (tests/support/desk-load.ts; the same simulation the load test runs at
// small size). On a PostgreSQL server, the desk runs as its own process (`amud desk serve
// --database`), as in production; the 50 libraries share this process (their SQLite work is
// synchronous, and on 2 cores more processes would only add switching), so a sync's time counts
// the wait for its turn here too. The libraries live in /dev/shm (memory) where there is one:
// 50 laptops do not share one disk, and here their commits' flushes would wait on each other
// (that made a third of a round). On the embedded PostgreSQL, the desk runs in this process.
// Targets: no error, no lost update, p95 of a sync ≤ 500 ms. Each is measured twice: every
// client's sync of a round starting at the same moment (the worst case: pushes take the desk's
// write lock one after another, so the last waits for all), and the starts spread over 5 s.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { openDeskDb, type DeskDb } from '../../src/node/desk/db'
import { migrateDesk } from '../../src/node/desk/migrate'
import { startDeskServer } from '../../src/node/desk/server'
import { addUser } from '../../src/node/desk/users'
import { asPostgres, createServerDatabase } from '../../tests/support/desk'
import { runLoad, type LoadResult } from '../../tests/support/desk-load'
import { percentile, type BenchContext } from '../harness'

export const loadLine = (): string =>
  `load average (1 / 5 / 15 min) ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}`

function shape(spreadMs: number): {
  columnists: number
  editors: number
  articles: number
  rounds: number
  editsPerRound: number
  folder: string
  spreadMs: number
} {
  const clients = Number(process.env.AMUD_BENCH_DESK_CLIENTS ?? 50)
  const editors = Math.max(1, Math.round(clients / 10))
  const folder = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
  return { spreadMs, columnists: clients - editors, editors, articles: 20, rounds: Number(process.env.AMUD_BENCH_DESK_ROUNDS ?? 5), editsPerRound: 5, folder }
}

function report(ctx: BenchContext, where: string, r: LoadResult, s: ReturnType<typeof shape>): void {
  const p95 = percentile(r.roundMs, 95)
  where = `${where}, ${s.spreadMs ? `syncs spread over ${s.spreadMs / 1000} s` : 'all at once'}`
  ctx.figure(
    `${where}: a sync, p50 / p95 (${r.roundMs.length} syncs)`,
    percentile(r.roundMs, 50),
    'ms',
    `p95 ${p95.toFixed(0)} ms (target ≤ 500: ${p95 <= 500 ? 'met' : 'MISSED'}); max ${Math.max(...r.roundMs).toFixed(0)} ms`
  )
  ctx.figure(`${where}: first round (send ${s.columnists * s.articles}, editors pull them) p95`, percentile(r.firstRoundMs, 95), 'ms', 'not a target')
  ctx.figure(
    `${where}: errors`,
    r.errors.length,
    '',
    `target 0: ${r.errors.length === 0 ? 'met' : 'MISSED'}${r.errors.length ? ` (${r.errors.slice(0, 3).join('; ')})` : ''}`
  )
  ctx.figure(
    `${where}: acknowledged edits lost`,
    r.lost.length,
    `of ${r.acknowledged}`,
    `target 0: ${r.lost.length === 0 ? 'met' : 'MISSED'}${r.lost.length ? ` (${r.lost.slice(0, 3).join('; ')})` : ''}`
  )
  ctx.figure(`${where}: conflicts reported`, r.conflicts, '', 'expected 0 (editors and columnists edit different paragraphs)')
}

/** A process's CPU time (user + system) so far, in ms, from /proc (NaN elsewhere). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return NaN
  }
}

/** The CPU time so far (ms) of every PostgreSQL process on this machine (its backends, writers, autovacuum), from /proc. */
function postgresCpuMs(): number {
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (stat.slice(stat.indexOf('(') + 1, stat.indexOf(')')) === 'postgres') total += cpuMs(Number(entry))
    } catch {
      // The process ended meanwhile.
    }
  }
  return total
}

/** This process's CPU time so far (ms): the 50 libraries' work. */
const ownCpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** `amud desk serve --database URL --port 0` as its own process; resolves with its URL. */
function serve(database: string): Promise<{ url: string; child: ChildProcess }> {
  const bin = resolve(__dirname, '../../bin/amud.mjs')
  const child = spawn(
    process.execPath,
    [
      ...(process.env.AMUD_BENCH_DESK_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.AMUD_BENCH_DESK_PROF] : []),
      bin,
      'desk',
      'serve',
      '--database',
      database,
      '--port',
      '0'
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  return new Promise((res, rej) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => res({ url: line.trim(), child }))
    child.once('exit', (code) => rej(new Error(`amud desk serve ended (${code}) before printing its address`)))
  })
}

/** Each editing round's syncs all at once (the worst case), then spread over 5 s (AMUD_BENCH_DESK_SPREADS=0,5000). */
const spreads = (): number[] =>
  (process.env.AMUD_BENCH_DESK_SPREADS ?? '0,5000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0)

export async function runLoadOnServer(ctx: BenchContext): Promise<void> {
  for (const spread of spreads()) await loadOnServer(ctx, shape(spread))
}

async function loadOnServer(ctx: BenchContext, s: ReturnType<typeof shape>): Promise<void> {
  const name = `amud_bench_desk_load_${process.pid}`
  const database = createServerDatabase(name)
  let db: DeskDb | null = null
  let child: ChildProcess | null = null
  try {
    db = await openDeskDb({ database })
    await migrateDesk(db)
    const server = await serve(database)
    child = server.child
    const d = db
    ctx.log(`PostgreSQL server: ${s.columnists + s.editors} libraries, ${s.rounds} rounds; ${loadLine()} before`)
    // The desk process's CPU over editing rounds 2..R (after round 1's answer, to the last's):
    // unlike the wall times, it hardly depends on what else the machine runs.
    // The libraries' (this process) and PostgreSQL's CPU likewise: with the desk's, what a round
    // asks of the machine's cores, so the least a round can take when every sync starts at once.
    const pid = server.child.pid!
    const cpu: { desk: number; libraries: number; postgres: number }[] = []
    const r = await runLoad({
      url: server.url,
      addUser: async (n, role) => (await addUser(d, n, role)).token,
      ...s,
      onRound: () => cpu.push({ desk: cpuMs(pid), libraries: ownCpuMs(), postgres: postgresCpuMs() })
    })
    ctx.log(`PostgreSQL server: ${loadLine()} after`)
    report(ctx, 'PostgreSQL server', r, s)
    if (cpu.length > 1) {
      const when = s.spreadMs ? 'spread' : 'all at once'
      const perRound = (k: 'desk' | 'libraries' | 'postgres'): number => (cpu[cpu.length - 1]![k] - cpu[0]![k]) / (cpu.length - 1)
      const [desk, libraries, postgres] = [perRound('desk'), perRound('libraries'), perRound('postgres')]
      const syncs = s.columnists + s.editors
      ctx.figure(`PostgreSQL server, ${when}: desk process CPU a round`, desk, 'ms', `${(desk / syncs).toFixed(1)} ms a sync`)
      ctx.figure(`PostgreSQL server, ${when}: PostgreSQL's CPU a round`, postgres, 'ms', `${(postgres / syncs).toFixed(1)} ms a sync`)
      ctx.figure(
        `PostgreSQL server, ${when}: the ${syncs} libraries' CPU a round`,
        libraries,
        'ms',
        `${(libraries / syncs).toFixed(1)} ms a sync (this process)`
      )
      const floor = (desk + postgres + libraries) / cpus().length
      ctx.figure(
        `PostgreSQL server, ${when}: the round's CPU over ${cpus().length} cores`,
        floor,
        'ms',
        'the least the last sync of a round can take when all start together'
      )
    }
  } finally {
    child?.kill('SIGTERM')
    await db?.close()
    asPostgres(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

export async function runLoadEmbedded(ctx: BenchContext): Promise<void> {
  for (const spread of spreads()) await loadEmbedded(ctx, shape(spread))
}

async function loadEmbedded(ctx: BenchContext, s: ReturnType<typeof shape>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'amud-bench-desk-'))
  const db = await openDeskDb({ data: dir })
  try {
    await migrateDesk(db)
    const running = await startDeskServer(db, { log: ctx.log })
    try {
      ctx.log(`PGlite: ${s.columnists + s.editors} libraries, ${s.rounds} rounds; ${loadLine()} before`)
      const r = await runLoad({ url: running.url, addUser: async (n, role) => (await addUser(db, n, role)).token, ...s })
      ctx.log(`PGlite: ${loadLine()} after`)
      report(ctx, 'PGlite (in this process)', r, s)
    } finally {
      await running.close()
    }
  } finally {
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
