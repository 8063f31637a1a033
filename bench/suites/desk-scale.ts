// Issue 14's scale figures on a desk of 1,000,000 articles (desk-scale-build.ts makes it, once):
// desk search p95 ≤ 50 ms over the library benchmark's 50 queries, as an editor (who sees every
// article) and as a columnist (their 1,000), through the desk's HTTP server; and pulling 1,000
// changed articles into an empty library ≤ 10 s, for a columnist's new laptop (their 1,000
// articles, just changed by the editor) and for an editor's library whose cursor stands before
// those 1,000 changes. AMUD_BENCH_DESK_ARTICLES=50000 for a quicker look.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DeskClient } from '../../src/node/desk/client'
import { writeLink } from '../../src/node/desk/local'
import { startDeskServer } from '../../src/node/desk/server'
import { syncLibrary } from '../../src/node/desk/sync'
import { openLibrary } from '../../src/node/library/index'
import { documentFromParagraphs } from '../../src/shared/document/index'
import type { DeskContent, PushChange } from '../../src/shared/desk/contract'
import { percentile, timeAsync, type BenchContext } from '../harness'
import { BENCH_QUERIES } from './library-queries'
import { scaleDesk, type ScaleDesk } from './desk-scale-build'
import { loadLine } from './desk-load'

const CHANGED = 1000

export function scaleArticles(): number {
  const n = Number(process.env.AMUD_BENCH_DESK_ARTICLES ?? 1_000_000)
  if (!Number.isInteger(n) || n < CHANGED) throw new Error(`AMUD_BENCH_DESK_ARTICLES must be a whole number of at least ${CHANGED}`)
  return n
}

const met = (ok: boolean): string => (ok ? 'met' : 'MISSED')

async function searchFigures(ctx: BenchContext, client: DeskClient, who: string, n: string): Promise<void> {
  for (const q of BENCH_QUERIES) await client.search(q.query, 20)
  const ms: number[] = []
  const per = new Map<string, number>()
  let hits = 0
  let total = 0
  for (let round = 0; round < 3; round++) {
    for (const q of BENCH_QUERIES) {
      const t = await timeAsync(() => client.search(q.query, 20))
      ms.push(t.ms)
      hits += t.result.hits.length
      total += t.result.total
      per.set(q.query, (per.get(q.query) ?? 0) + t.ms / 3)
    }
  }
  const p95 = percentile(ms, 95)
  ctx.figure(
    `${n}: desk search as ${who} p50 / p95`,
    percentile(ms, 50),
    'ms',
    `p95 ${p95.toFixed(1)} ms (target ≤ 50: ${met(p95 <= 50)}); ${(hits / ms.length).toFixed(1)} hits shown, ${Math.round(total / ms.length).toLocaleString('en-US')} matching a query`
  )
  const slowest = [...per].sort((a, b) => b[1] - a[1]).slice(0, 5)
  ctx.log(`${n}: slowest for ${who} (mean of 3): ${slowest.map(([q, t]) => `${q} ${t.toFixed(0)} ms`).join(', ')}`)
}

export async function runScale(ctx: BenchContext): Promise<void> {
  const articles = scaleArticles()
  const n = articles.toLocaleString('en-US')
  ctx.log(`${n}: ${loadLine()} before`)
  await measureScale(ctx, await scaleDesk(articles, ctx.log), n)
}

/** The figures on a desk built by desk-scale-build.ts; closes it. */
export async function measureScale(ctx: BenchContext, desk: ScaleDesk, n: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'amud-bench-desk-'))
  const running = await startDeskServer(desk.db, { log: ctx.log })
  try {
    ctx.log(`${n}: the desk: ${desk.how}`)
    const count = await desk.db.query<{ n: string; size: string; heap: string; toast: string; gin: string }>(
      `SELECT count(*) AS n, pg_size_pretty(pg_database_size(current_database())) AS size,
              pg_size_pretty(pg_relation_size('desk_search')) AS heap, pg_size_pretty(pg_table_size('desk_search') - pg_relation_size('desk_search')) AS toast,
              pg_size_pretty(pg_relation_size('desk_search_terms')) AS gin
         FROM desk_articles`
    )
    const c = count.rows[0]!
    ctx.log(`${n}: ${Number(c.n).toLocaleString('en-US')} articles on the desk, database ${c.size}; ${loadLine()}`)
    ctx.log(`${n}: the search table desk_search: heap ${c.heap}, its vectors out of line ${c.toast}, GIN index ${c.gin}`)
    const editor = new DeskClient(running.url, desk.editorToken)
    const columnist = new DeskClient(running.url, desk.columnistToken)
    await searchFigures(ctx, editor, 'an editor', n)
    await searchFigures(ctx, columnist, 'a columnist', n)

    // The editor changes 1,000 articles: columnist 0's (1,000 of them at 1,000,000 articles),
    // then the latest others, through the desk's push.
    const mine = await desk.db.query<{ id: string }>(
      `SELECT a.id FROM desk_articles a JOIN desk_users u ON u.id = a.owner_id WHERE u.name = 'bench-columnist-0' ORDER BY a.seq LIMIT $1`,
      [CHANGED]
    )
    const others = await desk.db.query<{ id: string }>(
      `SELECT a.id FROM desk_articles a JOIN desk_users u ON u.id = a.owner_id WHERE u.name <> 'bench-columnist-0' ORDER BY a.seq DESC LIMIT $1`,
      [CHANGED - mine.rows.length]
    )
    const ids = [...mine.rows, ...others.rows].map((r) => r.id)
    const cursor = Number((await desk.db.query<{ s: string }>('SELECT last_value AS s FROM desk_change_seq')).rows[0]!.s)
    const stamp = new Date().toISOString()
    const pushMs = await timeAsync(async () => {
      for (let i = 0; i < ids.length; i += 50) {
        const batch = ids.slice(i, i + 50)
        const { rows } = await desk.db.query<{
          id: string
          version: number
          title: string
          author: string
          pull_quote: string
          status: DeskContent['status']
          blocks: DeskContent['blocks']
        }>('SELECT id, version, title, author, pull_quote, status, blocks FROM desk_articles WHERE id = ANY($1)', [batch])
        const changes: PushChange[] = rows.map((a) => ({
          changeId: `bench-${a.id}-${a.version + 1}-${Date.now().toString(36)}`,
          articleId: a.id,
          baseVersion: a.version,
          content: {
            title: a.title,
            author: a.author,
            pullQuote: a.pull_quote,
            status: a.status,
            blocks: [...a.blocks, ...documentFromParagraphs([`ملاحظة المحرر ${stamp}`]).root.children]
          }
        }))
        const r = await editor.push(changes)
        if (r.results.some((x) => x.outcome !== 'applied')) throw new Error('an editor change to the scale desk was not applied as is')
      }
    })
    ctx.log(`${n}: the editor changed ${ids.length} articles (pushed 50 a request) in ${(pushMs.ms / 1000).toFixed(1)} s`)

    const newLibrary = async (token: string, name: string, at: number): Promise<ReturnType<typeof openLibrary>> => {
      const lib = openLibrary(join(dir, `${name}.sqlite`))
      const me = await new DeskClient(running.url, token).whoami()
      writeLink(lib, { url: running.url, token, userName: me.name, role: me.role }, new Date().toISOString())
      lib.database.prepare('UPDATE desk_link SET cursor = ? WHERE one = 1').run(at)
      return lib
    }
    const lib1 = await newLibrary(desk.columnistToken, 'columnist', 0)
    const pull1 = await timeAsync(() => syncLibrary(lib1))
    lib1.close()
    ctx.figure(
      `${n}: columnist's empty library pulls their ${pull1.result.received} articles`,
      pull1.ms / 1000,
      's',
      `target ≤ 10 s (1,000 changed articles): ${met(pull1.ms <= 10_000 && pull1.result.received === mine.rows.length)}`
    )
    const lib2 = await newLibrary(desk.editorToken, 'editor', cursor)
    const pull2 = await timeAsync(() => syncLibrary(lib2))
    lib2.close()
    ctx.figure(
      `${n}: editor's empty library pulls the ${pull2.result.received} changed articles`,
      pull2.ms / 1000,
      's',
      `target ≤ 10 s: ${met(pull2.ms <= 10_000 && pull2.result.received === ids.length)}`
    )
    ctx.log(`${n}: ${loadLine()} after`)
  } finally {
    await running.close()
    await desk.db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
