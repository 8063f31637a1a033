// A library's link to a newsroom desk (src/node/desk): the desk's address and this library's
// token (kept here, never printed again), the pull cursor, which local articles are on the
// desk and the desk version each was last in step with, the change id of a push not yet
// acknowledged (a retry after a lost answer sends the same id, so the desk applies it once),
// and the conflicts a sync found, each with the local text the desk did not keep.
import type { Migration } from './types'

export const m006Desk: Migration = {
  version: 6,
  name: 'desk',
  up(db) {
    db.exec(`
      CREATE TABLE desk_link (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        url TEXT NOT NULL,
        token TEXT NOT NULL,
        user_name TEXT NOT NULL,
        role TEXT NOT NULL,
        cursor INTEGER NOT NULL DEFAULT 0,
        joined_at TEXT NOT NULL,
        last_sync_at TEXT
      ) STRICT;

      CREATE TABLE desk_articles (
        article_pk INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
        desk_id TEXT NOT NULL UNIQUE,
        -- The desk version the local text was last the same as (0: never pushed yet).
        base_version INTEGER NOT NULL DEFAULT 0,
        -- The local articles.version at that moment: a different one means local edits to push.
        synced_version INTEGER,
        pending_change_id TEXT,
        pending_version INTEGER,
        sent_to TEXT
      ) STRICT;

      CREATE TABLE desk_conflicts (
        id INTEGER PRIMARY KEY,
        article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        desk_version INTEGER NOT NULL,
        places TEXT NOT NULL,
        -- The local side the merged article did not keep, as desk content JSON.
        kept_text TEXT NOT NULL,
        desk_revision INTEGER,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX desk_conflicts_article ON desk_conflicts (article_pk);
    `)
  }
}
