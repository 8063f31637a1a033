// Comments anchored to the text, and what the desk's review needs in the library: each comment
// or reply under the id its writer's client made (the same id on the desk and in every library),
// with the change id of a push not yet acknowledged (a repeat is applied once), as articles do;
// the desk text each linked article was last in step with (the base a conflict is read
// against); each conflict's resolution (resolved, never deleted: nothing is discarded); and
// each arrival of desk edits with the text the person had just before it (the diff of what the
// editor changed). Comments live here only: no export reads these tables.
import type { Migration } from './types'

export const m007Comments: Migration = {
  version: 7,
  name: 'comments',
  up(db) {
    db.exec(`
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        parent_id TEXT REFERENCES comments (id) ON DELETE CASCADE,
        -- JSON CommentAnchor for a comment on the text; NULL for a reply.
        anchor TEXT,
        body TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        -- Bumped by every local change; the desk has it when synced_rev = rev.
        rev INTEGER NOT NULL DEFAULT 1,
        synced_rev INTEGER NOT NULL DEFAULT 0,
        pending_change_id TEXT,
        pending_rev INTEGER
      ) STRICT;
      CREATE INDEX comments_article ON comments (article_pk);

      ALTER TABLE desk_link ADD COLUMN comment_cursor INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE desk_bases (
        article_pk INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
        desk_version INTEGER NOT NULL,
        content TEXT NOT NULL
      ) STRICT;

      ALTER TABLE desk_conflicts ADD COLUMN base_text TEXT;
      ALTER TABLE desk_conflicts ADD COLUMN desk_text TEXT;
      ALTER TABLE desk_conflicts ADD COLUMN resolved_at TEXT;
      ALTER TABLE desk_conflicts ADD COLUMN resolved_choice TEXT;

      CREATE TABLE desk_arrivals (
        id INTEGER PRIMARY KEY,
        article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        desk_from INTEGER NOT NULL,
        desk_to INTEGER NOT NULL,
        -- Desk content JSON: the person's text just before, and the text that arrived.
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        -- JSON array of the desk users who made those versions; NULL until asked.
        by TEXT,
        at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX desk_arrivals_article ON desk_arrivals (article_pk);
    `)
  }
}
