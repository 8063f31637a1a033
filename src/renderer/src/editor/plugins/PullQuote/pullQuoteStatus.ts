// Whether the pull quote still says what the body says: the one computation behind the field's
// found/differs/missing/empty state, so anything else that judges the pull quote (the export
// checklist) gets the same answer from the same function. "Differs": found by the similarity
// rule, but the body's words there are no longer the quote's (a word changed since).
import { countWords } from '../../../../../shared/arabic'
import { paragraphsFromDocument } from '../../../../../shared/document'
import type { Article } from '../../../../../shared/model/article'
import { locatePullQuote, type PullQuoteLocation } from '../../../../../shared/pullquote'

export type PullQuoteState = PullQuoteLocation['state']

export interface PullQuoteStatus {
  /** empty: no words; found: in the body (see location); missing: no longer in the body. */
  state: PullQuoteState
  words: number
  location: PullQuoteLocation
}

export function pullQuoteStatus(paragraphs: readonly string[], quote: string): PullQuoteStatus {
  const location = locatePullQuote(paragraphs, quote)
  return { state: location.state, words: countWords(quote), location }
}

/** The same judgement for a saved article, outside the editor. */
export function articlePullQuoteStatus(article: Pick<Article, 'document' | 'pullQuote'>): PullQuoteStatus {
  return pullQuoteStatus(paragraphsFromDocument(article.document), article.pullQuote)
}

/** What the field says: the location's state, with a found quote whose words differ from the body's set apart. */
export type PullQuoteView = PullQuoteState | 'differs'

export function pullQuoteView(status: Pick<PullQuoteStatus, 'state' | 'location'>): PullQuoteView {
  return status.state === 'found' && (status.location.similarity ?? 1) < 1 ? 'differs' : status.state
}

const END_PUNCTUATION = /^[.!?؟…،,:;؛]+/
const QUOTE_END = /[.!?؟…،,:;؛]["'«»“”]*\s*$/

/**
 * The body's own words where the quote was found: what "update from the body" makes the quote.
 * A word alignment ends at a word; the sentence's closing mark comes along when the quote had one.
 */
export function bodySpan(paragraphs: readonly string[], location: PullQuoteLocation, quote = ''): string | null {
  if (location.state !== 'found' || location.paragraph === undefined) return null
  const paragraph = paragraphs[location.paragraph] ?? ''
  let end = location.end ?? 0
  if (QUOTE_END.test(quote)) end += END_PUNCTUATION.exec(paragraph.slice(end))?.[0].length ?? 0
  const text = paragraph.slice(location.start ?? 0, end).trim()
  return text === '' ? null : text
}
