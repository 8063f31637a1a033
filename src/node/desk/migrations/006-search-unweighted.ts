// Desk search at scale (issue 14): the weighted tsvector `search` made PostgreSQL recheck every
// GIN match on its row (weights are not in the index), reading a ~4 KB tsvector each, and
// ranking read every match. The desk now matches on `search_terms`, a tsvector without weights
// (the words with their positions, and the stem keys as separate marked lexemes: see
// ../search-index.ts), which the GIN index answers alone, and lists matches newest change first
// (desk_articles_seq and desk_articles_owner_seq, from migration 001, walk that order). The old
// column and its index go: keeping both would double the index's storage. The new column starts
// empty and the fingerprint is cleared, so ensureSearchIndex, run after the migrations, fills it.
import { sqlStep } from './types'

export const m006SearchUnweighted = sqlStep(
  6,
  'search unweighted',
  `
      DROP INDEX IF EXISTS desk_articles_search;
      ALTER TABLE desk_articles DROP COLUMN IF EXISTS search;
      ALTER TABLE desk_articles ADD COLUMN search_terms tsvector;
      CREATE INDEX desk_articles_search_terms ON desk_articles USING gin (search_terms);
      UPDATE desk_search_index SET fingerprint = NULL, indexed_at = NULL;
    `
)
