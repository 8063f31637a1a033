// Full-text search. The FTS table is contentless: it holds only the index of the normalized
// text (normalizeArabic output), never a second copy of it; the originals stay in
// articles/article_content. contentless_delete lets a write replace an article's row by rowid.
// unicode61 with remove_diacritics 0: the text is already normalized (tashkeel, tatweel and
// invisible marks are gone, letter variants folded), so the tokenizer only has to split on
// what is not a letter or digit, which is exactly Arabic word boundaries; no extra tokenchars
// are needed because nothing normalization keeps inside a word is punctuation.
// Trashed articles are not indexed, so a search needs no join to exclude them.
import type { Database } from 'better-sqlite3'
import { normalizeArabic } from '../../../shared/arabic/index'
import { searchableArticleSlices } from './article-slices'
import type { Migration } from './types'

/** bm25 weights, in column order: title above pull quote, author above body. */
export const SEARCH_WEIGHTS = 'bm25(10.0, 4.0, 5.0, 1.0)'

export const m002Search: Migration = {
  version: 2,
  name: 'search',
  up(db: Database) {
    db.exec(`
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, author, pull_quote, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      INSERT INTO article_search (article_search, rank) VALUES ('rank', '${SEARCH_WEIGHTS}');
    `)
    const insert = db.prepare('INSERT INTO article_search (rowid, title, author, pull_quote, body) VALUES (?, ?, ?, ?, ?)')
    for (const rows of searchableArticleSlices(db)) {
      for (const r of rows) {
        insert.run(r.pk, normalizeArabic(r.title), normalizeArabic(r.author ?? ''), normalizeArabic(r.pull_quote), normalizeArabic(r.body_text))
      }
    }
  }
}
