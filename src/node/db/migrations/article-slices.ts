// What the migrations that build the search index share (002-search, 005-search-clitics,
// 008-search-tokens): the live articles' searchable text, read in slices by primary key
// (better-sqlite3 cannot write while a statement is still iterating, so each slice is written
// into article_search before the next is read), and, for the five-column index of 005 and
// later, the table made anew and filled with progress.
import type { Database } from 'better-sqlite3'
import type { ProgressReport } from './types'

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

/**
 * Writes every live article into the search index with `insert` (the article's pk, then the
 * columns `row` makes of it), a slice at a time, reporting progress as 'search-index': the
 * part of rebuilding the index that is slow on a large library.
 */
export function indexArticles(db: Database, insert: string, row: (a: SearchableArticle) => unknown[], progress?: ProgressReport): void {
  const total = (db.prepare('SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get() as { n: number }).n
  const statement = db.prepare(insert)
  let done = 0
  progress?.({ task: 'search-index', done, total })
  for (const rows of searchableArticleSlices(db)) {
    for (const r of rows) statement.run(r.pk, ...row(r))
    done += rows.length
    progress?.({ task: 'search-index', done, total })
  }
}

/** The five-column index (title, author, pull quote, body, stems) made anew with `tokenize`, ranked by `weights`. */
export function recreateSearchTable(db: Database, tokenize: string, weights: string): void {
  db.exec(`
    DROP TABLE IF EXISTS article_search;
    CREATE VIRTUAL TABLE article_search USING fts5(
      title, author, pull_quote, body, stems,
      content = '', contentless_delete = 1,
      tokenize = '${tokenize}'
    );
    INSERT INTO article_search (article_search, rank) VALUES ('rank', '${weights}');
  `)
}

/** The statement that writes an article's row of the five-column index. */
export const INSERT_SEARCH_ROW = 'INSERT INTO article_search (rowid, title, author, pull_quote, body, stems) VALUES (?, ?, ?, ?, ?, ?)'
