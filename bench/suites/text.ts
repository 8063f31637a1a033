// Issue 2's figures: parse + write of the tagged format and Arabic normalization, over the
// real corpus turned into the format in memory. Targets: ≥ 50 MB/s and ≥ 100 MB/s on one core.
import { parseTagged, writeTagged } from '../../src/shared/format'
import { t } from '../../src/shared/messages/catalog'
import { normalizeArabic } from '../../src/shared/arabic'
import { corpusPath, corpusToTagged, loadCorpus, CORPUS_ABSENT } from '../../tests/support/corpus'
import { mb, time, type Suite } from '../harness'

const encoder = new TextEncoder()

function best<T>(rounds: number, fn: () => T): number {
  let min = Infinity
  for (let i = 0; i < rounds; i++) min = Math.min(min, time(fn).ms)
  return min
}

export const textSuite: Suite = {
  name: 'text',
  description: 'tagged format parse + write, Arabic search normalization (corpus in memory, one core)',
  async run(ctx) {
    if (!corpusPath()) return ctx.log(CORPUS_ABSENT)
    const articles = (await loadCorpus()).map(corpusToTagged)
    const texts = articles.map(writeTagged)
    const bytes = texts.map((t) => encoder.encode(t))
    const totalBytes = bytes.reduce((n, b) => n + b.length, 0)
    ctx.figure('corpus', articles.length, 'articles', `${mb(totalBytes).toFixed(1)} MB as tagged UTF-8`)

    // Baseline: what any parser must do at least: decode the bytes and split the lines.
    const decoder = new TextDecoder('utf-8', { fatal: true })
    const baseMs = best(3, () => {
      let n = 0
      for (const b of bytes) n += decoder.decode(b).split('\n').length
      return n
    })
    const parseWriteMs = best(3, () => {
      let n = 0
      for (const b of bytes) {
        const r = parseTagged(b)
        if (!r.ok) throw new Error(t(r.error.said, 'en'))
        n += writeTagged(r.article).length
      }
      return n
    })
    const parseMs = best(3, () => {
      for (const b of bytes) parseTagged(b)
    })
    const rate = (ms: number): number => mb(totalBytes) / (ms / 1000)
    ctx.figure('baseline: decode + split lines', rate(baseMs), 'MB/s')
    ctx.figure('parse (bytes → article)', rate(parseMs), 'MB/s')
    ctx.figure('parse + write', rate(parseWriteMs), 'MB/s', `target ≥ 50; ${(parseWriteMs / baseMs).toFixed(1)}× baseline time`)

    const bodies = articles.map((a) => a.paragraphs.join('\n'))
    const bodyBytes = bodies.reduce((n, t) => n + encoder.encode(t).length, 0)
    const copyMs = best(3, () => {
      let n = 0
      for (const t of bodies) n += t.toLowerCase().length
      return n
    })
    const normMs = best(3, () => {
      let n = 0
      for (const t of bodies) n += normalizeArabic(t).length
      return n
    })
    const nrate = (ms: number): number => mb(bodyBytes) / (ms / 1000)
    ctx.figure('baseline: String.toLowerCase', nrate(copyMs), 'MB/s')
    ctx.figure('normalizeArabic', nrate(normMs), 'MB/s', `target ≥ 100; ${(normMs / copyMs).toFixed(1)}× baseline time`)
  }
}
