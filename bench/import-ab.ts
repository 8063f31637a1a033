// Import CPU of this tree against another revision's, in one process, alternating, so that the
// machine's load weighs on both alike (issue 13's "import within 10% of before"). The other
// revision is a source tree unpacked beside a node_modules link:
//   git archive 9b099b1 src | tar -x -C /tmp/amud-old && ln -s "$PWD/node_modules" /tmp/amud-old/
//   AMUD_AB_OTHER=/tmp/amud-old node --import tsx bench/import-ab.ts
// Each round imports the next slice of the corpus (AMUD_AB_N articles, batches of 500, one
// transaction each, a fresh library file for each tree) with both trees, batch by batch, the
// order swapped every batch; round 0 warms up. Prints CPU µs an article per round with the load average, and the median
// of the per-round ratios.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { corpusPath, corpusToTagged, loadCorpus, CORPUS_ABSENT } from '../tests/support/corpus'
import { openLibrary } from '../src/node/library'
import type { ImportItem } from '../src/node/library/import'

interface Importer {
  importTagged(items: readonly ImportItem[], options: { allowDuplicates: boolean }): unknown
  close(): void
}

const N = Number(process.env.AMUD_AB_N ?? 1500)
const ROUNDS = Number(process.env.AMUD_AB_ROUNDS ?? 10)

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

async function main(): Promise<void> {
  const other = process.env.AMUD_AB_OTHER
  if (!other) throw new Error("AMUD_AB_OTHER: the other revision's tree (see the first comment of bench/import-ab.ts)")
  if (!corpusPath()) return console.log(CORPUS_ABSENT)
  const theirs = (await import(pathToFileURL(join(other, 'src/node/library/index.ts')).href)) as { openLibrary: (path: string) => Importer }
  const trees: [string, (path: string) => Importer][] = [
    ['other', theirs.openLibrary],
    ['this', (path) => openLibrary(path)]
  ]
  const corpus = await loadCorpus(N * (ROUNDS + 1))
  const items = corpus.map((a) => ({ ...corpusToTagged(a), title: a.title }))
  const dir = mkdtempSync(join(tmpdir(), 'amud-import-ab-'))
  const cpu: Record<string, number[]> = { other: [], this: [] }
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const start = (round * N) % items.length
      const slice = items.slice(start, start + N)
      // Both libraries open at once, each batch imported by both trees back to back (the order
      // swapped every batch): a change in the machine's speed lands on both within a second.
      const open = trees.map(([name, openLibrary]) => ({ name, library: openLibrary(join(dir, `${name}-${round}.sqlite`)), used: 0 }))
      for (let i = 0, b = 0; i < slice.length; i += 500, b++) {
        const batch = slice.slice(i, i + 500)
        for (const t of (round + b) % 2 ? [...open].reverse() : open) {
          const before = process.cpuUsage()
          t.library.importTagged(batch, { allowDuplicates: true })
          const used = process.cpuUsage(before)
          t.used += used.user + used.system
        }
      }
      for (const t of open) {
        t.library.close()
        const perArticle = t.used / slice.length
        if (round > 0) cpu[t.name]!.push(perArticle)
        console.log(`round ${round} ${t.name}: ${perArticle.toFixed(0)} µs an article, load ${loadavg()[0]!.toFixed(2)}${round === 0 ? ' (warm-up)' : ''}`)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const ratios = cpu.this!.map((x, i) => x / cpu.other![i]!)
  console.log(`other: median ${median(cpu.other!).toFixed(0)} µs an article; this: median ${median(cpu.this!).toFixed(0)} µs`)
  console.log(`this ÷ other, per round: ${ratios.map((r) => r.toFixed(2)).join(' ')}; median ${median(ratios).toFixed(3)}`)
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
