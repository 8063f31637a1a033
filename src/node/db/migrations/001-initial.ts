// The library's tables. Big text (documents, bodies) lives apart from the row every list and
// search touches, so scanning `articles` never walks overflow pages.
import type { Migration } from './types'

export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE authors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        picture_url TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      -- One author per (name, picture): the same name with another picture is another person
      -- as far as the tagged format can tell.
      CREATE UNIQUE INDEX authors_identity ON authors (name, coalesce(picture_url, ''));

      CREATE TABLE articles (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        author_id INTEGER REFERENCES authors (id),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'editing', 'ready', 'published')),
        section TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        published_at TEXT,
        deleted_at TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        -- sha1 of the normalized body: finds re-imports of the same column.
        body_hash TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX articles_updated ON articles (updated_at, id);
      CREATE INDEX articles_created ON articles (created_at, id);
      CREATE INDEX articles_title ON articles (title, id);
      CREATE INDEX articles_words ON articles (word_count, id);
      CREATE INDEX articles_published ON articles (coalesce(published_at, ''), id);
      CREATE INDEX articles_author ON articles (author_id, updated_at, id);
      CREATE INDEX articles_status ON articles (status, deleted_at);
      CREATE INDEX articles_duplicate ON articles (author_id, body_hash);
      CREATE INDEX articles_trash ON articles (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE article_content (
        article_pk INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
        pull_quote TEXT NOT NULL DEFAULT '',
        -- Paragraphs joined with line feeds, derived from the document: search, snippets, counts.
        body_text TEXT NOT NULL DEFAULT '',
        -- The editor's JSON; NULL when it is exactly the plain document of body_text's
        -- paragraphs (what an import makes), so imports store their text once.
        document TEXT
      ) STRICT;

      CREATE TABLE article_tags (
        tag TEXT NOT NULL,
        article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        PRIMARY KEY (tag, article_pk)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_tags_article ON article_tags (article_pk);

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('autosave', 'manual', 'import', 'restore')),
        created_at TEXT NOT NULL,
        author_id INTEGER REFERENCES authors (id) ON DELETE SET NULL,
        author_name TEXT,
        title TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        pull_quote TEXT NOT NULL,
        -- The snapshot's body: editor JSON in document, or a plain body in body_text; both
        -- NULL while it equals the article's current body (the newest revisions borrow it,
        -- and are filled in before the article's body changes).
        document TEXT,
        body_text TEXT
      ) STRICT;
      CREATE INDEX revisions_article ON revisions (article_pk, id);
      CREATE INDEX revisions_author ON revisions (author_id);
    `)
  }
}
