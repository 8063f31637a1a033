// The live articles' searchable text, read in slices by primary key: the migrations that build
// the search index (002-search, 005-search-clitics, 008-search-tokens) read it the same way. In
// slices: better-sqlite3 cannot write while a statement is still iterating, and each writes a
// slice into article_search before reading the next.
import type { Database } from 'better-sqlite3'

export interface SearchableArticle {
  pk: number
  title: string
  author: string | null
  pull_quote: string
  body_text: string
}

/** Not-trashed articles with their author's name and text, 500 at a time, in primary-key order. */
export function* searchableArticleSlices(db: Database): Generator<SearchableArticle[]> {
  const slice = db.prepare(
    `SELECT a.pk, a.title, au.name AS author, c.pull_quote, c.body_text
         FROM articles a JOIN article_content c ON c.article_pk = a.pk
         LEFT JOIN authors au ON au.id = a.author_id
        WHERE a.deleted_at IS NULL AND a.pk > ? ORDER BY a.pk LIMIT 500`
  )
  let last = 0
  for (;;) {
    const rows = slice.all(last) as SearchableArticle[]
    if (rows.length === 0) return
    yield rows
    last = rows[rows.length - 1]!.pk
  }
}
