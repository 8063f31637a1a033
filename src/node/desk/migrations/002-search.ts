// Desk search: one tsvector an article (see ../search-index.ts), under a GIN index, and the
// fingerprint of the normalization and stemmer it was made with. The column starts empty:
// ensureSearchIndex, run after the migrations, fills it (and fills it again whenever the
// fingerprint changes), so this step stays plain SQL.
import { sqlStep } from './types'

export const m002Search = sqlStep(
  2,
  'search',
  `
      ALTER TABLE desk_articles ADD COLUMN search tsvector;
      CREATE INDEX desk_articles_search ON desk_articles USING gin (search);
      CREATE TABLE desk_search_index (
        one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
        -- searchFingerprint() of the Amud that last indexed every article; NULL: never.
        fingerprint TEXT,
        indexed_at TIMESTAMPTZ
      );
      INSERT INTO desk_search_index (fingerprint) VALUES (NULL);
    `
)
