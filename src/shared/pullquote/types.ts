// The pull-quote engine's public shapes. Offsets are UTF-16 offsets into the original paragraph
// text (end exclusive), so `paragraphs[p].slice(start, end)` gives back the candidate's text.
import type { Message } from '../messages/catalog'

/** One scored feature: why a candidate scored what it did, as a catalog message. */
export interface PullQuoteReason {
  /** Stable identifier (see docs/pull-quotes.md), e.g. "question", "digits". */
  code: string
  /** What it added to the score (negative: what it cost). */
  weight: number
  /** What the feature says about the candidate: render with t(). */
  said: Message
}

/**
 * sentence: a whole sentence; clause: a run of clauses cut from a sentence too long to quote;
 * pair: two adjacent short sentences of one paragraph.
 */
export type CandidateKind = 'sentence' | 'clause' | 'pair'

export interface PullQuoteCandidate {
  text: string
  score: number
  /** 0-based index into the paragraphs given. */
  paragraph: number
  start: number
  /** In the same paragraph as start: pairs never span paragraphs. */
  end: number
  words: number
  kind: CandidateKind
  reasons: PullQuoteReason[]
}

export interface RankOptions {
  /** How many candidates to return; default 5. Infinity returns every distinct candidate. */
  top?: number
}

export interface PullQuoteLocation {
  /** empty: the quote has no words; missing: no body span is close enough. */
  state: 'found' | 'missing' | 'empty'
  paragraph?: number
  start?: number
  end?: number
  /** 0–1: share of the quote's words found in order in the span, less unexplained extra body words. */
  similarity?: number
}
