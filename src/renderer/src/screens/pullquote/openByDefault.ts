import type { Article } from '../../../../shared/model/article'

/**
 * An article that has text but no pull quote opens with the proposals beside it: choosing one
 * is the job left to do. A new, empty article does not: there is nothing to propose yet.
 */
export function pullQuotesOpenByDefault(article: Pick<Article, 'pullQuote' | 'bodyText'>): boolean {
  return article.pullQuote.trim() === '' && article.bodyText.trim() !== ''
}
