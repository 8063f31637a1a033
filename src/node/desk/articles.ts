// The desk's articles: applying a push (create, fast-forward, or three-way merge with the
// version the client started from), and answering pulls. Every push runs in one transaction
// under the desk-wide write lock, is recorded under the client's change id (a repeat gets the
// first answer back and writes nothing), and keeps every version as a revision: the pushed
// side of a conflict is kept whole as a 'conflict' revision, never dropped.
import {
  DESK_ARTICLE_ID,
  type StatusStep,
  type ConflictPlace,
  type DeskArticle,
  type DeskContent,
  type PushChange,
  type PushOutcome,
  type PushResult
} from '../../shared/desk/contract'
import { blockKey, mergeContent, sameContent } from '../../shared/desk/merge'
import { statusMoveRefusal } from '../../shared/desk/status'
import { DESK_WRITE_LOCK, type DeskDb, type Queryable } from './db'
import { DeskFailure } from './errors'
import { searchParams, searchVectorSql } from './search-index'
import type { DeskUser } from './users'

interface ContentRow {
  title: string
  author: string
  pull_quote: string
  status: DeskContent['status']
  blocks: unknown
}

function toContent(r: ContentRow): DeskContent {
  const blocks = typeof r.blocks === 'string' ? (JSON.parse(r.blocks) as unknown) : r.blocks
  return { title: r.title, author: r.author, pullQuote: r.pull_quote, status: r.status, blocks: blocks as DeskContent['blocks'] }
}

function iso(v: unknown): string {
  return new Date(v as string | Date).toISOString()
}

const canSeeAll = (u: DeskUser): boolean => u.role !== 'columnist'

async function revisionContent(q: Queryable, articleId: string, version: number): Promise<DeskContent> {
  const { rows } = await q.query<ContentRow>(
    `SELECT title, author, pull_quote, status, blocks FROM desk_revisions WHERE article_id = $1 AND version = $2 AND kind <> 'conflict'`,
    [articleId, version]
  )
  if (!rows[0]) throw new DeskFailure('internal', `The desk has no revision ${version} of article ${articleId}.`)
  return toContent(rows[0])
}

async function insertRevision(
  q: Queryable,
  articleId: string,
  version: number,
  kind: 'edit' | 'merge' | 'conflict',
  changeId: string,
  c: DeskContent,
  userId: number
): Promise<number> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO desk_revisions (article_id, version, kind, change_id, title, author, pull_quote, status, blocks, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, now(), $10) RETURNING id`,
    [articleId, version, kind, changeId, c.title, c.author, c.pullQuote, c.status, JSON.stringify(c.blocks), userId]
  )
  return Number(rows[0]!.id)
}

/**
 * Applies the changes in order, in one transaction, each under a savepoint: the first refusal
 * is undone and ends the request (the changes before it are kept and committed, then the
 * refusal is answered). One commit a request, not one a change: commits are serialized by the
 * write lock and each waits for its WAL flush, so 50 clients pushing 5 changes each waited for
 * 250 flushes in a row (bench/suites/desk-load.ts).
 */
export async function push(db: DeskDb, user: DeskUser, changes: readonly PushChange[]): Promise<PushResult[]> {
  let refusal: unknown = null
  const results = await db.transaction(async (q) => {
    const done: PushResult[] = []
    for (const ch of changes) {
      await q.query('SAVEPOINT desk_push_one')
      try {
        done.push(await pushOne(q, user, ch))
      } catch (err) {
        await q.query('ROLLBACK TO SAVEPOINT desk_push_one')
        refusal = err
        break
      }
      await q.query('RELEASE SAVEPOINT desk_push_one')
    }
    return done
  })
  if (refusal !== null) throw refusal
  return results
}

async function pushOne(q: Queryable, user: DeskUser, ch: PushChange): Promise<PushResult> {
  await q.query('SELECT pg_advisory_xact_lock($1)', [DESK_WRITE_LOCK])
  const seen = await q.query<{
    user_id: string
    article_id: string
    outcome: PushOutcome
    version: number
    conflicts: unknown
    conflict_revision: string | null
  }>('SELECT user_id, article_id, outcome, version, conflicts, conflict_revision FROM desk_changes WHERE change_id = $1', [ch.changeId])
  const prior = seen.rows[0]
  if (prior) {
    if (Number(prior.user_id) !== user.id || prior.article_id !== ch.articleId) {
      throw new DeskFailure('conflict', `The change id ${ch.changeId} was already used for another change; a client makes a new id for each change.`)
    }
    const conflicts = (typeof prior.conflicts === 'string' ? JSON.parse(prior.conflicts) : prior.conflicts) as ConflictPlace[]
    return {
      changeId: ch.changeId,
      articleId: ch.articleId,
      outcome: prior.outcome,
      version: prior.version,
      content: await revisionContent(q, ch.articleId, prior.version),
      conflicts,
      conflictRevision: prior.conflict_revision === null ? null : Number(prior.conflict_revision)
    }
  }
  const found = await q.query<ContentRow & { owner_id: string; version: number; status: DeskContent['status'] }>(
    'SELECT owner_id, version, title, author, pull_quote, status, blocks FROM desk_articles WHERE id = $1 FOR UPDATE',
    [ch.articleId]
  )
  const art = found.rows[0]
  const theirs = ch.content
  let outcome: PushOutcome
  let version: number
  let content: DeskContent
  let conflicts: ConflictPlace[] = []
  let conflictRevision: number | null = null
  if (!art) {
    if (ch.baseVersion !== 0) {
      throw new DeskFailure('not_found', `Article ${ch.articleId} is not on this desk, so a change to its version ${ch.baseVersion} cannot apply.`)
    }
    assertStatusMove(user, ch.articleId, 'draft', theirs.status)
    const seq = await nextSeq(q)
    await q.query(
      `INSERT INTO desk_articles (id, owner_id, version, seq, title, author, pull_quote, status, status_by, status_at, blocks, created_at, updated_at, updated_by)
       VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $2, now(), $8::jsonb, now(), now(), $2)`,
      [ch.articleId, user.id, seq, theirs.title, theirs.author, theirs.pullQuote, theirs.status, JSON.stringify(theirs.blocks)]
    )
    // Its search row (migration 007: the narrow table under the GIN index), in the same transaction.
    await q.query(`INSERT INTO desk_search (id, seq, owner_id, search_terms) VALUES ($1, $2, $3, ${searchVectorSql(4)})`, [
      ch.articleId,
      seq,
      user.id,
      ...searchParams(theirs)
    ])
    await insertRevision(q, ch.articleId, 1, 'edit', ch.changeId, theirs, user.id)
    outcome = 'created'
    version = 1
    content = theirs
  } else {
    if (!canSeeAll(user) && Number(art.owner_id) !== user.id) throw notYours(ch.articleId)
    if (ch.baseVersion > art.version) {
      throw new DeskFailure(
        'invalid',
        `This change to article ${ch.articleId} starts from version ${ch.baseVersion}, but the desk is only at version ${art.version}.`
      )
    }
    const ours = toContent(art)
    const grownFrom = ch.baseChange !== undefined ? await pushedContent(q, user, ch.articleId, ch.baseChange) : null
    if (sameContent(ours, theirs) || (await superseded(q, ch.changeId))) {
      // The same text, or a change the client has since grown another from (a late copy of a
      // lost request): nothing to apply.
      outcome = 'unchanged'
      version = art.version
      content = ours
    } else {
      let kind: 'edit' | 'merge'
      if (grownFrom) {
        // The client's text grew from one it pushed before: merge from exactly that text.
        const merged = mergeContent(grownFrom, ours, theirs)
        content = merged.content
        conflicts = merged.conflicts
        const forward = conflicts.length === 0 && sameContent(content, theirs)
        kind = forward ? 'edit' : 'merge'
        outcome = forward ? 'applied' : 'merged'
      } else if (ch.baseVersion === art.version) {
        content = theirs
        kind = 'edit'
        outcome = 'applied'
      } else if (ch.baseVersion === 0) {
        // Sent again as new (its first answer lost, then the copy edited): no common version,
        // so every difference is a conflict and the desk's side is kept.
        content = ours
        conflicts = ['body']
        kind = 'merge'
        outcome = 'merged'
      } else {
        const merged = mergeContent(await revisionContent(q, ch.articleId, ch.baseVersion), ours, theirs)
        content = merged.content
        conflicts = merged.conflicts
        kind = 'merge'
        outcome = 'merged'
      }
      // The status as the desk had it, to the status this push leaves: checked before any write.
      assertStatusMove(user, ch.articleId, art.status, content.status)
      if (sameContent(content, ours)) version = art.version
      else {
        version = art.version + 1
        const seq = await nextSeq(q)
        await q.query(
          `UPDATE desk_articles SET version = $2, seq = $3, title = $4, author = $5, pull_quote = $6, status = $7, blocks = $8::jsonb,
             updated_at = now(), updated_by = $9,
             status_by = CASE WHEN status = $7 THEN status_by ELSE $9 END, status_at = CASE WHEN status = $7 THEN status_at ELSE now() END
           WHERE id = $1`,
          [ch.articleId, version, seq, content.title, content.author, content.pullQuote, content.status, JSON.stringify(content.blocks), user.id]
        )
        await q.query(`UPDATE desk_search SET seq = $2, search_terms = ${searchVectorSql(3)} WHERE id = $1`, [ch.articleId, seq, ...searchParams(content)])
        await insertRevision(q, ch.articleId, version, kind, ch.changeId, content, user.id)
      }
      if (conflicts.length > 0) conflictRevision = await insertRevision(q, ch.articleId, version, 'conflict', ch.changeId, theirs, user.id)
      if (conflicts.length > 0 && ch.baseVersion === 0) conflicts = conflictPlaces(ours, theirs)
    }
  }
  await q.query(
    `INSERT INTO desk_changes (change_id, user_id, article_id, outcome, version, conflicts, conflict_revision, content, base_change)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9)`,
    [ch.changeId, user.id, ch.articleId, outcome, version, JSON.stringify(conflicts), conflictRevision, JSON.stringify(theirs), ch.baseChange ?? null]
  )
  return { changeId: ch.changeId, articleId: ch.articleId, outcome, version, content, conflicts, conflictRevision }
}

/**
 * The text this user pushed as change `ref` to this article, or as the latest change they grew
 * from `ref` (a client's text only grows along its own history, so the latest is the nearest).
 */
async function pushedContent(q: Queryable, user: DeskUser, articleId: string, ref: string): Promise<DeskContent | null> {
  const { rows } = await q.query<{ content: unknown }>(
    `SELECT content FROM desk_changes WHERE user_id = $1 AND article_id = $2 AND (change_id = $3 OR base_change = $3) AND content IS NOT NULL
      ORDER BY n DESC LIMIT 1`,
    [user.id, articleId, ref]
  )
  const c = rows[0]?.content
  return c === undefined ? null : ((typeof c === 'string' ? JSON.parse(c) : c) as DeskContent)
}

/** True when another change already grew from this one: this one is an old copy. */
async function superseded(q: Queryable, changeId: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM desk_changes WHERE base_change = $1 LIMIT 1', [changeId])
  return rows.length > 0
}

function conflictPlaces(a: DeskContent, b: DeskContent): ConflictPlace[] {
  const places: ConflictPlace[] = (['title', 'author', 'pullQuote', 'status'] as const).filter((f) => a[f] !== b[f])
  if (a.blocks.map(blockKey).join('\n') !== b.blocks.map(blockKey).join('\n')) places.push('body')
  return places
}

async function nextSeq(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ s: string }>(`SELECT nextval('desk_change_seq') AS s`)
  return Number(rows[0]!.s)
}

/** Refuses a status move the user's role may not make (src/shared/desk/status.ts); the transaction rolls back. */
function assertStatusMove(user: DeskUser, articleId: string, from: DeskContent['status'], to: DeskContent['status']): void {
  const refusal = statusMoveRefusal(user.role, articleId, from, to)
  if (refusal) throw DeskFailure.saying('forbidden', refusal)
}

function notYours(articleId: string): DeskFailure {
  return new DeskFailure('forbidden', `Article ${articleId} belongs to another columnist; a columnist sees only their own desk articles.`)
}

const ARTICLE_COLUMNS = `a.id, a.version, a.seq, a.title, a.author, a.pull_quote, a.status, a.blocks, a.updated_at, a.status_at,
  o.name AS owner, u.name AS updated_by, s.name AS status_by, g.name AS assigned_to, a.sent_note,
  (SELECT count(*) FROM desk_revisions r WHERE r.article_id = a.id AND r.kind = 'conflict') AS conflicts
  FROM desk_articles a JOIN desk_users o ON o.id = a.owner_id JOIN desk_users u ON u.id = a.updated_by JOIN desk_users s ON s.id = a.status_by LEFT JOIN desk_users g ON g.id = a.assigned_to`

interface ArticleRow extends ContentRow {
  id: string
  version: number
  seq: string
  updated_at: unknown
  status_at: unknown
  owner: string
  updated_by: string
  status_by: string
  assigned_to: string | null
  sent_note: string | null
  conflicts: string
}

function toDeskArticle(r: ArticleRow): DeskArticle {
  return {
    articleId: r.id,
    version: r.version,
    owner: r.owner,
    seq: Number(r.seq),
    updatedAt: iso(r.updated_at),
    updatedBy: r.updated_by,
    statusBy: r.status_by,
    statusAt: iso(r.status_at),
    conflicts: Number(r.conflicts),
    assignedTo: r.assigned_to,
    note: r.sent_note,
    content: toContent(r)
  }
}

/** Articles the user may see changed after `since`, oldest change first. */
export async function pull(db: DeskDb, user: DeskUser, since: number, limit: number): Promise<{ articles: DeskArticle[]; next: number; more: boolean }> {
  const latest = await db.query<{ s: string }>('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS s FROM desk_change_seq')
  const last = Number(latest.rows[0]!.s)
  if (since > last) {
    // A cursor from the future: this desk is not the one the library synced with (replaced, or
    // restored from an older backup). Answering "nothing new" would hide its changes for good.
    throw new DeskFailure(
      'conflict',
      `This library has seen this desk up to change ${since}, but the desk's latest change is ${last}: the desk was replaced or restored from an older backup. Ask the desk's administrator; nothing was changed.`
    )
  }
  const { rows } = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} WHERE a.seq > $1 AND ($2 OR a.owner_id = $3) ORDER BY a.seq LIMIT $4`, [
    since,
    canSeeAll(user),
    user.id,
    limit + 1
  ])
  const more = rows.length > limit
  const articles = rows.slice(0, limit).map(toDeskArticle)
  return { articles, next: articles.length > 0 ? articles[articles.length - 1]!.seq : since, more }
}

/** Refuses an id that is not one, an article not on the desk, and a columnist's look at another's. */
export async function assertVisible(db: DeskDb, user: DeskUser, id: string): Promise<void> {
  if (!DESK_ARTICLE_ID.safeParse(id).success) throw new DeskFailure('invalid', 'That is not an article id.')
  const { rows } = await db.query<{ owner_id: string }>('SELECT owner_id FROM desk_articles WHERE id = $1', [id])
  if (!rows[0]) throw new DeskFailure('not_found', `Article ${id} is not on this desk.`)
  if (!canSeeAll(user) && Number(rows[0].owner_id) !== user.id) throw notYours(id)
}

export async function getDeskArticle(db: DeskDb, user: DeskUser, id: string): Promise<DeskArticle> {
  await assertVisible(db, user, id)
  const { rows } = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} WHERE a.id = $1`, [id])
  return toDeskArticle(rows[0]!)
}

/**
 * The article's status trail, oldest first: each version whose status differs from the one
 * before, with who made that version and when. Read from the kept versions (every desk
 * version is one; conflict copies are not versions), so nothing extra is stored and the
 * trail cannot disagree with the history.
 */
export async function statusTrail(db: DeskDb, user: DeskUser, id: string): Promise<StatusStep[]> {
  await assertVisible(db, user, id)
  const { rows } = await db.query<{ version: number; status: DeskContent['status']; by: string; at: unknown }>(
    `SELECT r.version, r.status, u.name AS by, r.created_at AS at FROM desk_revisions r JOIN desk_users u ON u.id = r.created_by
      WHERE r.article_id = $1 AND r.kind <> 'conflict' ORDER BY r.version`,
    [id]
  )
  const trail: StatusStep[] = []
  for (const r of rows) {
    if (trail.length > 0 && trail[trail.length - 1]!.status === r.status) continue
    trail.push({ status: r.status, by: r.by, at: iso(r.at), version: r.version })
  }
  return trail
}
