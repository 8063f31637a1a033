// Comments on desk articles: each under the id its writer's client made, so every library and
// the desk name it alike; the writer is the token's user, never what a client says. seq comes
// from the desk's one change sequence (taken under the write lock, like an article's), and is
// the comments' pull cursor. desk_comment_changes logs every comment push by its change id: a
// push repeated after a lost answer is answered as the first time and writes nothing.
import { sqlStep } from './types'

export const m005Comments = sqlStep(
  5,
  'comments',
  `
      CREATE TABLE desk_comments (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES desk_articles (id),
        parent_id TEXT REFERENCES desk_comments (id),
        anchor JSONB,
        body TEXT NOT NULL,
        author_id BIGINT NOT NULL REFERENCES desk_users (id),
        created_at TIMESTAMPTZ NOT NULL,
        resolved_at TIMESTAMPTZ,
        resolved_by BIGINT REFERENCES desk_users (id),
        seq BIGINT NOT NULL
      );
      CREATE INDEX desk_comments_seq ON desk_comments (seq);
      CREATE INDEX desk_comments_article ON desk_comments (article_id);

      CREATE TABLE desk_comment_changes (
        change_id TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES desk_users (id),
        comment_id TEXT NOT NULL REFERENCES desk_comments (id),
        seq BIGINT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
    `
)
