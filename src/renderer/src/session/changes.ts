// What a save carries and what came back: the fields the library refused, kept apart from the
// rest (so a refused title never takes the body down with it), whether an article already holds
// a set of changes (a save that reached the library before the page died is the page's own), and
// an error's message in both languages. Pure helpers for session.ts.
import type { Article, ArticleChanges } from '../../../shared/model/article'
import { sameDocument } from '../../../shared/document'
import { AmudError } from '../../../shared/model/errors'
import type { Said } from '../../../shared/messages/catalog'

export function without(changes: ArticleChanges, keys: readonly (keyof ArticleChanges)[]): ArticleChanges {
  const rest: ArticleChanges = { ...changes }
  for (const k of keys) delete rest[k]
  return rest
}

export function only(changes: ArticleChanges, keys: readonly (keyof ArticleChanges)[]): ArticleChanges {
  const kept: Record<string, unknown> = {}
  for (const k of keys) if (k in changes) kept[k] = changes[k]
  return kept as ArticleChanges
}

/** An error's English and, when it has one, its message to render in the interface's language (errorText). */
export function errorMessage(e: unknown): { message: string; said?: Said } {
  const said = e instanceof AmudError ? e.said : undefined
  return { message: e instanceof Error ? e.message : String(e), ...(said !== undefined ? { said } : {}) }
}

/** Whether the article holds every change in `c`, as the library stores it (titles trimmed). */
export function carries(article: Article, c: ArticleChanges): boolean {
  return (
    (c.title === undefined || c.title.trim() === article.title) &&
    (c.pullQuote === undefined || c.pullQuote.trim() === article.pullQuote) &&
    (c.status === undefined || c.status === article.status) &&
    (c.authorId === undefined || c.authorId === (article.author?.id ?? null)) &&
    (c.document === undefined || sameDocument(c.document, article.document))
  )
}
