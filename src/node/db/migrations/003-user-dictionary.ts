// The spelling checker's memory of the person's choices. user_words: words added to the
// dictionary, kept in the library so they travel with it (backup, another machine) and are
// the same in the app, the browser host and the CLI. article_ignored_words: "ignore in this
// article", gone with the article. Words are stored as spelling keys (no tashkeel or tatweel),
// which is what the checker compares.
import type { Migration } from './types'

export const m003UserDictionary: Migration = {
  version: 3,
  name: 'user-dictionary',
  up(db) {
    db.exec(`
      CREATE TABLE user_words (
        word TEXT PRIMARY KEY CHECK (length(word) > 0),
        added_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE article_ignored_words (
        article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        word TEXT NOT NULL CHECK (length(word) > 0),
        PRIMARY KEY (article_pk, word)
      ) STRICT, WITHOUT ROWID;
    `)
  }
}
