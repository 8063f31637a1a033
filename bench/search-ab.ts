// library.search of this tree against another revision's, in one process, on one library file,
// alternating query by query, beside the two raw FTS5 floors (ORDER BY rank, and the bm25()
// top 20 this tree's search runs), so the machine's load weighs on all alike. Also checks
// that both trees return the same hits (ids, scores, snippets, highlights). The other
// revision is a source tree unpacked beside a node_modules link (see bench/import-ab.ts):
//   git archive 9d9e1de src | tar -x -C /tmp/amud-old && ln -s "$PWD/node_modules" /tmp/amud-old/
//   AMUD_AB_OTHER=/tmp/amud-old AMUD_AB_LIBRARY=/tmp/lib-100k.sqlite node --import tsx bench/search-ab.ts
// A missing AMUD_AB_LIBRARY is first built from the corpus (AMUD_AB_N articles, 100,000 by
// default, the corpus repeated as the library suite does). AMUD_AB_ROUNDS rounds (5).
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { corpusPath, corpusToTagged, loadCorpus, CORPUS_ABSENT } from '../tests/support/corpus'
import { openLibrary } from '../src/node/library'
import { TOP_MATCHES } from '../src/node/library/search'
import { parseQuery, toFtsQuery } from '../src/node/library/search-query'
import { percentile, time } from './harness'
import { BENCH_QUERIES } from './suites/library-queries'

type Searcher = { search(q: { query: string; limit: number }): unknown; close(): void }

const N = Number(process.env.AMUD_AB_N ?? 100_000)
const ROUNDS = Number(process.env.AMUD_AB_ROUNDS ?? 5)

async function build(path: string): Promise<void> {
  const items = (await loadCorpus()).map((a) => ({ ...corpusToTagged(a), title: a.title }))
  const library = openLibrary(path)
  for (let done = 0; done < N;) {
    const start = done % items.length
    const batch = items.slice(start, Math.min(items.length, start + Math.min(500, N - done)))
    library.importTagged(batch, { allowDuplicates: true })
    done += batch.length
  }
  library.close()
}

async function main(): Promise<void> {
  const other = process.env.AMUD_AB_OTHER
  const path = process.env.AMUD_AB_LIBRARY
  if (!other || !path) throw new Error('AMUD_AB_OTHER and AMUD_AB_LIBRARY: see the first comment of bench/search-ab.ts')
  if (!corpusPath()) return console.log(CORPUS_ABSENT)
  if (!existsSync(path)) await build(path)
  const theirs = (await import(pathToFileURL(join(other, 'src/node/library/index.ts')).href)) as { openLibrary: (p: string) => Searcher }
  const libs: Record<string, Searcher> = { other: theirs.openLibrary(path), this: openLibrary(path) }
  const raw = new Database(path, { readonly: true })
  const byRank = raw.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 20')
  const top = raw.prepare(TOP_MATCHES)
  const ms: Record<string, number[]> = { other: [], this: [], rank: [], top: [] }
  let differ = 0
  for (const q of BENCH_QUERIES) for (const l of Object.values(libs)) l.search({ query: q.query, limit: 20 })
  const loads = [loadavg()[0]!]
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of BENCH_QUERIES) {
      const match = toFtsQuery(parseQuery(q.query))!
      const out: Record<string, string> = {}
      for (const name of round % 2 ? ['this', 'other', 'top', 'rank'] : ['rank', 'top', 'other', 'this']) {
        if (name === 'rank') ms.rank!.push(time(() => byRank.all(match)).ms)
        else if (name === 'top') ms.top!.push(time(() => top.all(match, 20)).ms)
        else {
          const r = time(() => libs[name]!.search({ query: q.query, limit: 20 }))
          ms[name]!.push(r.ms)
          out[name] = JSON.stringify(r.result)
        }
      }
      if (out.this !== out.other) differ++
    }
    loads.push(loadavg()[0]!)
  }
  raw.close()
  for (const l of Object.values(libs)) l.close()
  for (const [name, xs] of Object.entries(ms)) {
    console.log(`${name.padEnd(5)} p50 ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms`)
  }
  const p95 = (name: string): number => percentile(ms[name]!, 95)
  console.log(
    `p95 ratios: this ÷ rank ${(p95('this') / p95('rank')).toFixed(2)}, this ÷ top ${(p95('this') / p95('top')).toFixed(2)}, other ÷ rank ${(p95('other') / p95('rank')).toFixed(2)}, this ÷ other ${(p95('this') / p95('other')).toFixed(2)}`
  )
  console.log(
    `searches whose result differs between the trees: ${differ} of ${ROUNDS * BENCH_QUERIES.length}; load average (1 min) ${loads.map((x) => x.toFixed(1)).join(' → ')}`
  )
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
