// Desk search at 1,000,000 articles (issue 14): the GIN index's matches were rows of
// desk_articles, whose heap (blocks, texts: 11 GB) holds each article on a page of its own, so
// counting a common word's first 10,001 matches for their id and seq visited 10,001 pages
// (about 300 ms). The index now lives on desk_search, a narrow table of one row an article:
// its id, seq (the desk's change number, as desk_articles has it), owner and search_terms. The
// tsvector is kept out of line uncompressed (STORAGE EXTERNAL, toast_tuple_target 128) once a
// row passes PostgreSQL's fixed toasting threshold (about 2 KB; shorter vectors stay on the
// heap), so at 1,000,000 articles the heap is 332 MB, not 11 GB, and 10,001 matches sit on
// about 1,400 pages instead of 10,001 (docs/benchmarks.md, "The narrow search table"). The
// GIN index answers a word alone (no recheck), so a count reads only that small heap; walks in
// change order use desk_search_seq and desk_search_owner_seq. desk_articles' own column and
// index go: one copy of the vectors, not two. Rows are copied, so search works at once; the
// article writers (../articles.ts, ../assign.ts) keep both tables in the same transaction.
import { sqlStep } from './types'

export const m007SearchTable = sqlStep(
  7,
  'search table',
  `
      CREATE TABLE desk_search (
        id TEXT PRIMARY KEY REFERENCES desk_articles (id) ON DELETE CASCADE,
        seq BIGINT NOT NULL,
        owner_id BIGINT NOT NULL REFERENCES desk_users (id),
        search_terms tsvector
      ) WITH (toast_tuple_target = 128);
      ALTER TABLE desk_search ALTER COLUMN search_terms SET STORAGE EXTERNAL;
      INSERT INTO desk_search (id, seq, owner_id, search_terms) SELECT id, seq, owner_id, search_terms FROM desk_articles;
      CREATE INDEX desk_search_terms ON desk_search USING gin (search_terms);
      CREATE INDEX desk_search_seq ON desk_search (seq);
      CREATE INDEX desk_search_owner_seq ON desk_search (owner_id, seq);
      DROP INDEX IF EXISTS desk_articles_search_terms;
      ALTER TABLE desk_articles DROP COLUMN IF EXISTS search_terms;
    `
)
