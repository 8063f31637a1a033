// Ranking: score every candidate span, then take the best greedily, skipping any that would
// show the editor the same words twice (a sentence and a clause cut from it, a pair and one of
// its sentences, a refrain the writer repeats in another paragraph).
import { candidateSpans } from './candidates'
import { featureWords, scoreWithWords } from './features'
import type { PullQuoteCandidate, RankOptions } from './types'

export const DEFAULT_TOP = 5
/** Two spans of one paragraph sharing at least this much of the shorter are one proposal. */
const SAME_SPAN_OVERLAP = 0.5
/** Two texts sharing at least this share of their distinct words (Jaccard) are one proposal. */
const SAME_WORDS_JACCARD = 0.6

interface Scored {
  candidate: PullQuoteCandidate
  words: Set<string>
}

function overlap(a: PullQuoteCandidate, b: PullQuoteCandidate): number {
  if (a.paragraph !== b.paragraph) return 0
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return shared <= 0 ? 0 : shared / Math.min(a.end - a.start, b.end - b.start)
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

function nearDuplicate(x: Scored, y: Scored): boolean {
  return overlap(x.candidate, y.candidate) >= SAME_SPAN_OVERLAP || jaccard(x.words, y.words) >= SAME_WORDS_JACCARD
}

/** Every candidate, scored, best first; ties go to the earlier span so results are stable. */
export function scoreCandidates(paragraphs: readonly string[]): Scored[] {
  const scored = candidateSpans(paragraphs).map(({ paragraph, start, end, kind, words: count }): Scored => {
    const text = paragraphs[paragraph]!.slice(start, end)
    const ws = featureWords(text)
    const { score, words, reasons } = scoreWithWords(text, kind, ws, count)
    return { candidate: { text, score, paragraph, start, end, words, kind, reasons }, words: new Set(ws) }
  })
  return scored.sort(
    (a, b) =>
      b.candidate.score - a.candidate.score ||
      a.candidate.paragraph - b.candidate.paragraph ||
      a.candidate.start - b.candidate.start ||
      a.candidate.end - b.candidate.end
  )
}

/** The best `top` (default 5) distinct pull-quote candidates of a body, best first. */
export function rankPullQuotes(paragraphs: readonly string[], options: RankOptions = {}): PullQuoteCandidate[] {
  const top = options.top ?? DEFAULT_TOP
  if (!(top > 0)) return []
  const chosen: Scored[] = []
  for (const s of scoreCandidates(paragraphs)) {
    if (chosen.length >= top) break
    if (!chosen.some((c) => nearDuplicate(c, s))) chosen.push(s)
  }
  return chosen.map((s) => s.candidate)
}
