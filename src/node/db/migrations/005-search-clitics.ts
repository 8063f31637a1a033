// Search that finds a word with its attached letters (للأزمة for الأزمة): the FTS table gains
// a stems column, the stem keys of each article's words (src/shared/arabic/stem-index.ts).
// FTS5 cannot add a column, so the table is made anew and every article indexed again, in
// slices, reporting progress: on a large library this is the slow part of opening it once.
// Independent of its place in the list: it replaces whatever article_search there is.
import type { Database } from 'better-sqlite3'
import { normalizeArabic } from '../../../shared/arabic/index'
import { stemTokens } from '../../../shared/arabic/stem-index'
import { indexArticles, INSERT_SEARCH_ROW, recreateSearchTable } from './article-slices'
import type { MigrationStep } from './types'

/** bm25 weights, in column order: title above pull quote, author above body; a stem-only match least. */
export const SEARCH_WEIGHTS = 'bm25(10.0, 4.0, 5.0, 1.0, 0.5)'

export const searchClitics: MigrationStep = {
  name: 'search-clitics',
  up(db: Database, progress) {
    recreateSearchTable(db, 'unicode61 remove_diacritics 0', SEARCH_WEIGHTS)
    indexArticles(
      db,
      INSERT_SEARCH_ROW,
      (r) => {
        const author = r.author ?? ''
        return [
          normalizeArabic(r.title),
          normalizeArabic(author),
          normalizeArabic(r.pull_quote),
          normalizeArabic(r.body_text),
          stemTokens(`${r.title}\n${author}\n${r.pull_quote}\n${r.body_text}`)
        ]
      },
      progress
    )
  }
}
