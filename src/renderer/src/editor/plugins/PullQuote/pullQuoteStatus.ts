// Whether the pull quote still says what the body says: the one computation behind the field's
// found/missing/empty state, so anything else that judges the pull quote (the export
// checklist) gets the same answer from the same function.
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
