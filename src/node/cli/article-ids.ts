import type { ArticleStatus, ArticleSummary } from '../../shared/model/article'
import type { LibraryService } from '../../shared/api/library'

/** Every article (not in the trash) matching the status, following the list's cursor to the end. */
export function allArticles(library: LibraryService, status?: ArticleStatus): ArticleSummary[] {
  const out: ArticleSummary[] = []
  let cursor: string | undefined
  do {
    const page = library.listArticles({ ...(status ? { status } : {}), limit: 500, ...(cursor ? { cursor } : {}) })
    out.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return out
}
