// What "normalized" means for an article, in one place: the parser returns only normalized
// articles and the writer normalizes before writing, so parse(write(a)) equals
// normalizeTaggedArticle(a) for every article the writer accepts.

import { isNormalizedText, normalizeText } from './text'
import type { TaggedArticle } from './types'

/**
 * The article as the format can hold it:
 * - every text trimmed (String.prototype.trim), each line break in it (CR, LF, VT, FF, NEL,
 *   U+2028, U+2029) with the spaces around it turned into one space;
 * - empty paragraphs dropped; an empty pull quote or picture address becomes null.
 * Inner text is otherwise untouched: tatweel, U+00A0, direction marks and brackets stay.
 */
export function normalizeTaggedArticle(article: TaggedArticle): TaggedArticle {
  const url = article.authorPictureUrl === null ? null : article.authorPictureUrl.trim()
  const quote = article.pullQuote === null ? null : normalizeText(article.pullQuote)
  return {
    authorName: normalizeText(article.authorName),
    authorPictureUrl: url === '' ? null : url,
    pullQuote: quote === '' ? null : quote,
    paragraphs: normalizeParagraphs(article.paragraphs)
  }
}

export function isNormalizedArticle(article: TaggedArticle): boolean {
  const { authorName, authorPictureUrl: url, pullQuote, paragraphs } = article
  return (
    isNormalizedText(authorName) &&
    (url === null || (url !== '' && url === url.trim())) &&
    (pullQuote === null || isNormalizedText(pullQuote)) &&
    paragraphs.every(isNormalizedText)
  )
}

function normalizeParagraphs(paragraphs: readonly string[]): string[] {
  // Already clean is the usual case: a copy of the references, not of the text.
  if (paragraphs.every(isNormalizedText)) return paragraphs.slice()
  const out: string[] = []
  for (const p of paragraphs) {
    const t = normalizeText(p)
    if (t !== '') out.push(t)
  }
  return out
}
