// Search that finds a word with its attached letters (للأزمة for الأزمة): the FTS table gains
// a stems column, the stem keys of each article's words (src/shared/arabic/stem-index.ts).
// FTS5 cannot add a column, so the table is made anew and every article indexed again, in
// slices, reporting progress: on a large library this is the slow part of opening it once.
// Independent of its place in the list: it replaces whatever article_search there is.
import type { Database } from 'better-sqlite3'
import { normalizeArabic } from '../../../shared/arabic/index'
import { stemTokens } from '../../../shared/arabic/stem-index'
import { searchableArticleSlices } from './article-slices'
import type { MigrationStep } from './types'

/** bm25 weights, in column order: title above pull quote, author above body; a stem-only match least. */
export const SEARCH_WEIGHTS = 'bm25(10.0, 4.0, 5.0, 1.0, 0.5)'

export const searchClitics: MigrationStep = {
  name: 'search-clitics',
  up(db: Database, progress) {
    db.exec(`
      DROP TABLE IF EXISTS article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, author, pull_quote, body, stems,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      INSERT INTO article_search (article_search, rank) VALUES ('rank', '${SEARCH_WEIGHTS}');
    `)
    const total = (db.prepare('SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get() as { n: number }).n
    const insert = db.prepare('INSERT INTO article_search (rowid, title, author, pull_quote, body, stems) VALUES (?, ?, ?, ?, ?, ?)')
    let done = 0
    progress?.({ task: 'search-index', done, total })
    for (const rows of searchableArticleSlices(db)) {
      for (const r of rows) {
        const author = r.author ?? ''
        insert.run(
          r.pk,
          normalizeArabic(r.title),
          normalizeArabic(author),
          normalizeArabic(r.pull_quote),
          normalizeArabic(r.body_text),
          stemTokens(`${r.title}\n${author}\n${r.pull_quote}\n${r.body_text}`)
        )
      }
      done += rows.length
      progress?.({ task: 'search-index', done, total })
    }
  }
}
