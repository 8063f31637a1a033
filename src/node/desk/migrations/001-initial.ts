// The desk's tables. Every article keeps its whole history in desk_revisions (one row per
// version, plus the conflict copies), so a three-way merge always finds its base and nothing
// a client sent is ever dropped. desk_changes is the log of every push, keyed by the id the
// client made, so a push repeated after a lost answer is applied once. desk_articles.seq is
// the pull cursor: pushes take one desk-wide lock, so sequence numbers commit in order and a
// client that pulled up to N has seen every change numbered N or less.
import { sqlStep } from './types'

export const m001Initial = sqlStep(
  1,
  'initial',
  `
      CREATE TABLE desk_users (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        role TEXT NOT NULL CHECK (role IN ('columnist', 'editor', 'admin')),
        -- The token's public half (looked up) and its secret half's scrypt hash (compared in constant time).
        token_id TEXT NOT NULL UNIQUE,
        token_salt TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        revoked_at TIMESTAMPTZ
      );

      CREATE SEQUENCE desk_change_seq;

      CREATE TABLE desk_articles (
        id TEXT PRIMARY KEY,
        owner_id BIGINT NOT NULL REFERENCES desk_users (id),
        version INTEGER NOT NULL CHECK (version > 0),
        seq BIGINT NOT NULL,
        title TEXT NOT NULL,
        author TEXT NOT NULL,
        pull_quote TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'editing', 'ready', 'published')),
        status_by BIGINT NOT NULL REFERENCES desk_users (id),
        status_at TIMESTAMPTZ NOT NULL,
        blocks JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        updated_by BIGINT NOT NULL REFERENCES desk_users (id)
      );
      CREATE INDEX desk_articles_seq ON desk_articles (seq);
      CREATE INDEX desk_articles_owner_seq ON desk_articles (owner_id, seq);

      CREATE TABLE desk_revisions (
        id BIGSERIAL PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES desk_articles (id),
        -- The article version this holds; for a conflict copy, the version it lost to.
        version INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'merge', 'conflict')),
        change_id TEXT,
        title TEXT NOT NULL,
        author TEXT NOT NULL,
        pull_quote TEXT NOT NULL,
        status TEXT NOT NULL,
        blocks JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        created_by BIGINT NOT NULL REFERENCES desk_users (id)
      );
      CREATE UNIQUE INDEX desk_revisions_version ON desk_revisions (article_id, version) WHERE kind <> 'conflict';
      CREATE INDEX desk_revisions_conflicts ON desk_revisions (article_id) WHERE kind = 'conflict';

      CREATE TABLE desk_changes (
        change_id TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES desk_users (id),
        article_id TEXT NOT NULL REFERENCES desk_articles (id),
        outcome TEXT NOT NULL CHECK (outcome IN ('created', 'applied', 'merged', 'unchanged')),
        version INTEGER NOT NULL,
        conflicts JSONB NOT NULL,
        conflict_revision BIGINT REFERENCES desk_revisions (id),
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
    `
)
