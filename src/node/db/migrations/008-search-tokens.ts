// The search index splits words in JavaScript, once: each word column holds its text's tokens
// (as TOKEN_RE in search-query.ts finds them, the same rule a query's words go through) with a
// space for everything between them, and FTS5's `ascii` tokenizer only splits on spaces. FTS5's
// unicode61 tokenizer looked every Arabic letter up in its Unicode tables again (a fifth of an
// import's time, docs/benchmarks.md) to find boundaries the normalization scan already knew.
// The table is made anew and every article indexed again, in slices, reporting progress; it
// redoes all the work of the two earlier steps that built the index, which are skipped when
// they are pending too (an old library is indexed once).
import type { Database } from 'better-sqlite3'
import { searchRow } from '../../../shared/arabic/search-row'
import { SEARCH_WEIGHTS } from './005-search-clitics'
import { indexArticles, INSERT_SEARCH_ROW, recreateSearchTable } from './article-slices'
import type { Migration } from './types'

export const m008SearchTokens: Migration = {
  version: 8,
  name: 'search-tokens',
  replaces: ['search', 'search-clitics'],
  up(db: Database, progress) {
    recreateSearchTable(db, 'ascii', SEARCH_WEIGHTS)
    indexArticles(db, INSERT_SEARCH_ROW, (r) => searchRow(r.title, r.author ?? '', r.pull_quote, r.body_text), progress)
  }
}
