// Pull-quote proposals for a column body, and the check that a pull quote still matches the body.
// Pure TypeScript: the app, the CLI and the browser share it. See docs/pull-quotes.md.
export type { CandidateKind, PullQuoteCandidate, PullQuoteLocation, PullQuoteReason, RankOptions } from './types'
export { rankPullQuotes, DEFAULT_TOP } from './rank'
export { scoreFeatures, FEATURES, IDEAL_MIN_WORDS, IDEAL_MAX_WORDS } from './features'
export type { FeatureCode, FeatureScore } from './features'
export { candidateSpans, PAIR_SENTENCE_MAX_WORDS } from './candidates'
export type { CandidateSpan } from './candidates'
export { locatePullQuote, FOUND_SIMILARITY } from './locate'
export { evaluatePullQuote, rankOfLocation, overlapShare, MATCH_SHARE } from './evaluate'
export type { QuoteEvaluation, Range } from './evaluate'
