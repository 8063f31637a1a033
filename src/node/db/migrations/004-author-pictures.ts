// Authors' pictures kept in the library, so the window never reaches out to whatever address an
// imported file names: the host fetches a picture once (size and type checked), stores its
// bytes here, and the window shows these bytes. One row per author, for the address it was
// fetched from: when the author's address changes, the row is stale and fetched again. A failed
// fetch is a row too (no bytes, the reason), so a dead link is not asked for on every start.
// library_preferences: choices that belong to the library and every host that opens it, such
// as "never load pictures from the network".
import type { Migration } from './types'

export const m004AuthorPictures: Migration = {
  version: 4,
  name: 'author-pictures',
  up(db) {
    db.exec(`
      CREATE TABLE author_pictures (
        author_id INTEGER PRIMARY KEY REFERENCES authors (id) ON DELETE CASCADE,
        source_url TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        mime TEXT CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
        bytes BLOB CHECK (length(bytes) BETWEEN 1 AND 524288),
        failure TEXT,
        -- Either a picture (type and bytes) or the reason there is none, never both.
        CHECK ((mime IS NULL) = (bytes IS NULL) AND (bytes IS NULL) <> (failure IS NULL))
      ) STRICT;

      CREATE TABLE library_preferences (
        name TEXT PRIMARY KEY CHECK (length(name) > 0),
        value TEXT NOT NULL
      ) STRICT;
    `)
  }
}
