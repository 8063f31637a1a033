// The search index splits words in JavaScript, once: each word column holds its text's tokens
// (as TOKEN_RE in search-query.ts finds them, the same rule a query's words go through) with a
// space for everything between them, and FTS5's `ascii` tokenizer only splits on spaces. FTS5's
// unicode61 tokenizer looked every Arabic letter up in its Unicode tables again (a fifth of an
// import's time, docs/benchmarks.md) to find boundaries the normalization scan already knew.
// The table is made anew and every article indexed again, in slices, reporting progress; it
// redoes all the work of the two earlier steps that built the index, which are skipped when
// they are pending too (an old library is indexed once).
import type { Database } from 'better-sqlite3'
import { searchRow } from '../../../shared/arabic/stem-index'
import { SEARCH_WEIGHTS } from './005-search-clitics'
import { searchableArticleSlices } from './article-slices'
import type { Migration } from './types'

export const m008SearchTokens: Migration = {
  version: 8,
  name: 'search-tokens',
  replaces: ['search', 'search-clitics'],
  up(db: Database, progress) {
    db.exec(`
      DROP TABLE IF EXISTS article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, author, pull_quote, body, stems,
        content = '', contentless_delete = 1,
        tokenize = 'ascii'
      );
      INSERT INTO article_search (article_search, rank) VALUES ('rank', '${SEARCH_WEIGHTS}');
    `)
    const total = (db.prepare('SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get() as { n: number }).n
    const insert = db.prepare('INSERT INTO article_search (rowid, title, author, pull_quote, body, stems) VALUES (?, ?, ?, ?, ?, ?)')
    let done = 0
    progress?.({ task: 'search-index', done, total })
    for (const rows of searchableArticleSlices(db)) {
      for (const r of rows) insert.run(r.pk, ...searchRow(r.title, r.author ?? '', r.pull_quote, r.body_text))
      done += rows.length
      progress?.({ task: 'search-index', done, total })
    }
  }
}
