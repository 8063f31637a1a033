// Issue 3's figures: libraries built from the corpus at 31,030 and 100,000 articles; import,
// search (against a raw FTS5 MATCH, the floor, and a LIKE scan, the naive way), the first list
// page, export, size on disk, memory. Targets at 100,000: search p95 ≤ 20 ms and ≤ 1.5× raw
// FTS5, ≥ 100× faster than LIKE, import ≥ 5,000 articles/s, export ≥ 10,000 articles/s.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openLibrary, type Library } from '../../src/node/library'
import { parseQuery, toFtsQuery } from '../../src/node/library/search-query'
import { TOP_MATCHES } from '../../src/node/library/search'
import { writeTagged } from '../../src/shared/format'
import { exportToFolder } from '../../src/node/transfer/export-folder'
import { corpusPath, corpusToTagged, loadCorpus, CORPUS_ABSENT } from '../../tests/support/corpus'
import { percentile, time, type BenchContext, type Suite } from '../harness'
import { BENCH_QUERIES } from './library-queries'
import { recallPrecision, RECALL_WORDS } from './library-recall'

const BATCH = 500
const LIKE_SAMPLE = 10

/** Library sizes; AMUD_BENCH_LIBRARY_SIZES=31030 (comma-separated) for a quicker look. */
function sizes(corpusSize: number): number[] {
  const raw = process.env.AMUD_BENCH_LIBRARY_SIZES
  if (!raw) return [corpusSize, 100_000]
  return raw
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
}

/** Process CPU time (user + system) spent in `fn`, in µs: steadier than wall time on a busy machine. */
function cpuMicros(fn: () => void): number {
  const before = process.cpuUsage()
  fn()
  const used = process.cpuUsage(before)
  return used.user + used.system
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')
}

function fileSize(path: string): number {
  let total = 0
  for (const p of [path, `${path}-wal`]) {
    try {
      total += statSync(p).size
    } catch {
      // no WAL file after a clean checkpoint
    }
  }
  return total
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

function latencies(runs: number, fn: () => unknown): { p50: number; p95: number } {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) samples.push(time(fn).ms)
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

function measureSearch(ctx: BenchContext, library: Library, path: string, size: number): void {
  const raw = new Database(path, { readonly: true })
  const ftsStmt = raw.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 20')
  // The same best 20 as FTS5 computes them for library.search (bm25() once a row, top-n sort):
  // the floor of the search's own plan.
  const topStmt = raw.prepare(TOP_MATCHES)
  const likeStmt = raw.prepare(
    // No LIMIT: ranking needs every match, so the naive search reads every body.
    `SELECT a.id FROM articles a JOIN article_content c ON c.article_pk = a.pk
      WHERE c.body_text LIKE ? AND a.deleted_at IS NULL`
  )
  const searchMs: number[] = []
  const ftsMs: number[] = []
  const topMs: number[] = []
  const perQuery = new Map<string, { search: number; fts: number }>()
  let hits = 0
  // Warm the caches once, as a columnist's second search would be.
  for (const q of BENCH_QUERIES) library.search({ query: q.query, limit: 20 })
  for (let round = 0; round < 3; round++) {
    for (const q of BENCH_QUERIES) {
      const s = time(() => library.search({ query: q.query, limit: 20 }))
      searchMs.push(s.ms)
      hits += s.result.hits.length
      const match = toFtsQuery(parseQuery(q.query)) as string
      const f = time(() => ftsStmt.all(match)).ms
      ftsMs.push(f)
      topMs.push(time(() => topStmt.all(match, 20)).ms)
      const sum = perQuery.get(q.query) ?? { search: 0, fts: 0 }
      perQuery.set(q.query, { search: sum.search + s.ms, fts: sum.fts + f })
    }
  }
  const slowest = [...perQuery].sort((a, b) => b[1].fts - a[1].fts).slice(0, 5)
  ctx.log(
    `${size}: slowest queries in raw FTS5 (mean of 3, search / raw ms): ${slowest.map(([q, t]) => `${q} ${(t.search / 3).toFixed(1)} / ${(t.fts / 3).toFixed(1)}`).join(', ')}`
  )
  const likeMs: number[] = []
  for (const q of BENCH_QUERIES.filter((x) => x.kind === 'word').slice(0, LIKE_SAMPLE)) {
    // LIKE sees the stored text as typed: it gets the query as typed, with no normalization.
    likeMs.push(time(() => likeStmt.all(`%${q.query}%`)).ms)
  }
  raw.close()
  const p = (xs: number[], n: number): number => percentile(xs, n)
  ctx.figure(
    `${size}: search p50 / p95`,
    p(searchMs, 50),
    'ms',
    `p95 ${p(searchMs, 95).toFixed(2)} ms (target ≤ 20); ${(hits / 3 / BENCH_QUERIES.length).toFixed(1)} hits a query`
  )
  ctx.figure(`${size}: raw FTS5 MATCH p50 / p95 (floor)`, p(ftsMs, 50), 'ms', `p95 ${p(ftsMs, 95).toFixed(2)} ms`)
  ctx.figure(`${size}: search ÷ raw FTS5 at p95`, p(searchMs, 95) / p(ftsMs, 95), '×', 'target ≤ 1.5')
  ctx.figure(`${size}: raw FTS5 bm25() top 20 p50 / p95 (the search's plan)`, p(topMs, 50), 'ms', `p95 ${p(topMs, 95).toFixed(2)} ms`)
  ctx.figure(`${size}: search ÷ raw bm25() top 20 at p95`, p(searchMs, 95) / p(topMs, 95), '×', 'target ≤ 1.5')
  ctx.figure(`${size}: LIKE scan p50 (${likeMs.length} queries)`, p(likeMs, 50), 'ms')
  ctx.figure(`${size}: LIKE ÷ search at p50`, p(likeMs, 50) / p(searchMs, 50), '×', 'target ≥ 100')
  measureRecall(ctx, path, size)
  const list = latencies(20, () => library.listArticles({ limit: 50 }))
  ctx.figure(`${size}: first list page p50 / p95`, list.p50, 'ms', `p95 ${list.p95.toFixed(2)} ms`)
}

/** Issue 13: clitic-aware search against an independent ground truth (library-recall.ts). */
function measureRecall(ctx: BenchContext, path: string, size: number): void {
  const db = new Database(path, { readonly: true })
  try {
    const { recall, precision, cases } = recallPrecision(db)
    ctx.figure(`${size}: search recall over ${RECALL_WORDS.length} words`, recall * 100, '%', 'target ≥ 98')
    ctx.figure(`${size}: search precision over ${RECALL_WORDS.length} words`, precision * 100, '%', 'target ≥ 97')
    for (const c of cases) {
      const line = `${c.word}: ${c.truth} articles hold a form, ${c.returned} returned, ${c.missed} missed, ${c.wrong} wrong`
      ctx.log(`${size}: ${line}${c.examples.length ? ` (${c.examples.join('; ')})` : ''}`)
    }
  } finally {
    db.close()
  }
}

export const librarySuite: Suite = {
  name: 'library',
  description: 'SQLite library at 31,030 and 100,000 articles: import, search vs raw FTS5 vs LIKE, list, export',
  async run(ctx) {
    if (!corpusPath()) return ctx.log(CORPUS_ABSENT)
    const corpus = await loadCorpus()
    const items = corpus.map((a) => ({ ...corpusToTagged(a), title: a.title }))
    const dir = mkdtempSync(join(tmpdir(), 'amud-bench-'))
    try {
      for (const target of sizes(corpus.length)) {
        ctx.log(`${target}: load average before (1 / 5 / 15 min): ${load()}`)
        const path = join(dir, `library-${target}.sqlite`)
        const library = openLibrary(path)
        let imported = 0
        let importCpu = 0
        const importMs = time(() => {
          importCpu = cpuMicros(() => {
            while (imported < target) {
              const start = imported % items.length
              const batch = items.slice(start, Math.min(items.length, start + Math.min(BATCH, target - imported)))
              library.importTagged(batch, { allowDuplicates: true })
              imported += batch.length
            }
          })
        }).ms
        ctx.figure(
          `${target}: import (batches of ${BATCH}, one transaction each)`,
          imported / (importMs / 1000),
          'articles/s',
          `target ≥ 5,000; CPU ${(importCpu / imported).toFixed(0)} µs an article`
        )
        ctx.log(`${target}: load average after import: ${load()}`)
        measureSearch(ctx, library, path, target)

        const ids = library.listArticles({ limit: 500 }).items.map((a) => a.id)
        const exportIds = Array.from({ length: 10 }, () => ids).flat()
        let exportCpu = 0
        const exportMs = time(() => {
          exportCpu = cpuMicros(() => exportIds.forEach((id) => library.exportArticle(id)))
        }).ms
        ctx.figure(
          `${target}: export to tagged text`,
          exportIds.length / (exportMs / 1000),
          'articles/s',
          `target ≥ 10,000; CPU ${(exportCpu / exportIds.length).toFixed(0)} µs an article`
        )
        const out = join(dir, `export-${target}`)
        const folderMs = await timeAsync(() => exportToFolder(library, ids, out))
        ctx.figure(`${target}: export to files in a folder`, ids.length / (folderMs / 1000), 'articles/s')
        library.close()
        ctx.log(`${target}: load average at the end: ${load()}`)
        ctx.figure(`${target}: library size on disk`, fileSize(path) / (1024 * 1024), 'MB')
      }
      // Per-file transactions, as `amud import` and the app do them (one fsync each).
      const sample = items.slice(0, 2000).map((a, i) => ({ name: `${i}.txt`, base64: Buffer.from(writeTagged(a)).toString('base64') }))
      const perFile = openLibrary(join(dir, 'per-file.sqlite'))
      const perFileMs = time(() => perFile.importFiles(sample, { allowDuplicates: true })).ms
      perFile.close()
      ctx.figure('importFiles, one transaction per file (2,000)', sample.length / (perFileMs / 1000), 'articles/s')
      ctx.figure('peak memory (max RSS)', process.resourceUsage().maxRSS / 1024, 'MB')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
