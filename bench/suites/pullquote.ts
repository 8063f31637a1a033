// Issue 5's figures: how often the ranker proposes the pull quote an editor chose (our own
// evaluation set and the publication's real column), and how long ranking a 1,500-word column
// takes (target ≤ 20 ms), against splitting the same text into sentences alone. Wall time and
// CPU time are both given: on a shared machine wall time also counts waiting for a core.
import { splitSentences, countWords } from '../../src/shared/arabic'
import { evaluatePullQuote, locatePullQuote, rankPullQuotes } from '../../src/shared/pullquote'
import { exampleArticle, fixtureArticles, shareWithin, type EvalArticle } from '../../tests/unit/pullquote/eval-set'
import { percentile, time, type BenchContext, type Suite } from '../harness'

const RUNS = 300
const WARMUP = 30
const TARGET_WORDS = 1500

interface Samples {
  wall: number[]
  cpu: number[]
}

function samples(fn: () => unknown): Samples {
  for (let i = 0; i < WARMUP; i++) fn()
  const out: Samples = { wall: [], cpu: [] }
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage()
    out.wall.push(time(fn).ms)
    const c = process.cpuUsage(c0)
    out.cpu.push((c.user + c.system) / 1000)
  }
  return out
}

function describe(s: Samples): string {
  const f = (xs: number[], p: number): string => percentile(xs, p).toFixed(2)
  return `p95 ${f(s.wall, 95)}; CPU p50 ${f(s.cpu, 50)} p95 ${f(s.cpu, 95)}`
}

function evaluation(ctx: BenchContext, articles: EvalArticle[]): void {
  const ranks = articles.map((a) => {
    const ev = evaluatePullQuote(a.paragraphs, a.pullQuote)
    const words = countWords(a.pullQuote)
    ctx.log(`${a.name.padEnd(28)} quote ${String(words).padStart(2)} words  ${ev.location.state}  rank ${ev.rank ?? '— (not proposed)'}`)
    return ev.rank
  })
  const own = ranks.slice(0, -1)
  for (const k of [1, 3, 5]) {
    ctx.figure(
      `editor's quote in top ${k}`,
      100 * shareWithin(ranks, k),
      '%',
      `${ranks.filter((r) => r !== null && r <= k).length}/${ranks.length} (own set alone: ${(100 * shareWithin(own, k)).toFixed(0)}%)`
    )
  }
}

/** Paragraphs of the evaluation columns, in order, until the body reaches 1,500 words. */
function longColumn(articles: EvalArticle[]): string[] {
  const out: string[] = []
  let words = 0
  for (const p of articles.flatMap((a) => a.paragraphs)) {
    if (words >= TARGET_WORDS) break
    out.push(p)
    words += countWords(p)
  }
  return out
}

function timing(ctx: BenchContext, label: string, paragraphs: string[]): void {
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0)
  const base = samples(() => paragraphs.map((p) => splitSentences(p)))
  const rank = samples(() => rankPullQuotes(paragraphs))
  const p50 = percentile(rank.wall, 50)
  const ratio = (p50 / percentile(base.wall, 50)).toFixed(1)
  ctx.figure(`${label} (${words} words): splitSentences p50`, percentile(base.wall, 50), 'ms', `baseline; ${describe(base)}`)
  ctx.figure(`${label}: rankPullQuotes p50`, p50, 'ms', `${describe(rank)}; ${ratio}× baseline; target ≤ 20`)
}

export const pullquoteSuite: Suite = {
  name: 'pullquote',
  description: 'pull-quote proposals: editor’s choice rank on the evaluation set, and ranking time (one core)',
  async run(ctx) {
    const own = fixtureArticles()
    const example = exampleArticle()
    if (!example) ctx.log('The real column (../shared/examples) is absent: evaluated on our own columns only.')
    evaluation(ctx, example ? [...own, example] : own)

    timing(ctx, 'long column', longColumn(own))
    if (example) timing(ctx, 'real column', example.paragraphs)

    // The locator's slow path: a quote that is nowhere in the body runs the full word alignment.
    const body = longColumn(own)
    const absent = samples(() => locatePullQuote(body, 'جملة لا وجود لها في المقال كله ولا تشبه أي شيء كتبه أحد من الكتاب'))
    ctx.figure('locatePullQuote, quote absent (1,500 words) p50', percentile(absent.wall, 50), 'ms', describe(absent))
  }
}
