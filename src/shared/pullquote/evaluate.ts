// Measuring the ranker against an editor's choice: where the chosen quote stands in the body, and
// the rank of the first proposal that shows the editor (substantially) those same words. Shared by
// the unit tests, the benchmark and `amud pullquotes`, so all three count alike.
import { locatePullQuote } from './locate'
import { rankPullQuotes } from './rank'
import type { PullQuoteCandidate, PullQuoteLocation } from './types'

/**
 * A proposal matches the chosen quote when they share at least this share of the longer of the
 * two: a sentence matches its trimmed quote, a pair matches a quote that is one of its halves,
 * but a 60-word sentence does not match a 10-word quote cut from it.
 */
export const MATCH_SHARE = 0.5

export interface Range {
  paragraph: number
  start: number
  end: number
}

export function overlapShare(a: Range, b: Range): number {
  if (a.paragraph !== b.paragraph) return 0
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return shared <= 0 ? 0 : shared / Math.max(a.end - a.start, b.end - b.start)
}

/** 1-based rank of the first candidate matching a found location; null if none does. */
export function rankOfLocation(candidates: readonly PullQuoteCandidate[], location: PullQuoteLocation): number | null {
  if (location.state !== 'found') return null
  const where = { paragraph: location.paragraph!, start: location.start!, end: location.end! }
  const i = candidates.findIndex((c) => overlapShare(c, where) >= MATCH_SHARE)
  return i < 0 ? null : i + 1
}

export interface QuoteEvaluation {
  location: PullQuoteLocation
  /** Rank among every distinct candidate of the body (not only the top N); null if none matches. */
  rank: number | null
  candidate: PullQuoteCandidate | null
}

export function evaluatePullQuote(paragraphs: readonly string[], quote: string): QuoteEvaluation {
  const location = locatePullQuote(paragraphs, quote)
  const all = rankPullQuotes(paragraphs, { top: Infinity })
  const rank = rankOfLocation(all, location)
  return { location, rank, candidate: rank === null ? null : all[rank - 1]! }
}
