// The desk link's tables in the library file (migration 006): reading and writing them, and
// turning a library article into desk content and back. Every write here runs inside the
// library's transaction with the article change it belongs to.
import type { DeskContent, DeskRole } from '../../shared/desk/contract'
import type { Article, SerializedDocument } from '../../shared/model/article'
import { documentFromParagraphs } from '../../shared/document/index'
import type { Library } from '../library/index'

export interface DeskLink {
  url: string
  token: string
  userName: string
  role: DeskRole
  cursor: number
  joinedAt: string
  lastSyncAt: string | null
}

export interface LinkedArticle {
  articlePk: number
  articleId: string
  deskId: string
  baseVersion: number
  syncedVersion: number | null
  pendingChangeId: string | null
  pendingVersion: number | null
  sentTo: string | null
  localVersion: number
  title: string
  deleted: boolean
  conflicts: number
}

export function readLink(library: Library): DeskLink | null {
  const r = library.statement('SELECT url, token, user_name, role, cursor, joined_at, last_sync_at FROM desk_link WHERE one = 1').get() as
    { url: string; token: string; user_name: string; role: DeskRole; cursor: number; joined_at: string; last_sync_at: string | null } | undefined
  return r ? { url: r.url, token: r.token, userName: r.user_name, role: r.role, cursor: r.cursor, joinedAt: r.joined_at, lastSyncAt: r.last_sync_at } : null
}

export function writeLink(library: Library, link: Omit<DeskLink, 'cursor' | 'lastSyncAt' | 'joinedAt'>, now: string): void {
  library.transaction(() => {
    const old = readLink(library)
    // Another desk (or another user) means another history: forget the old link's state.
    if (old && (old.url !== link.url || old.userName !== link.userName)) {
      library.statement('DELETE FROM desk_articles').run()
      library.statement('DELETE FROM desk_link').run()
    }
    library
      .statement(
        `INSERT INTO desk_link (one, url, token, user_name, role, cursor, joined_at) VALUES (1, ?, ?, ?, ?, 0, ?)
       ON CONFLICT (one) DO UPDATE SET token = excluded.token, role = excluded.role`
      )
      .run(link.url, link.token, link.userName, link.role, now)
  })
}

const LINKED = `SELECT d.article_pk, a.id AS article_id, d.desk_id, d.base_version, d.synced_version, d.pending_change_id, d.pending_version,
  d.sent_to, a.version AS local_version, a.title, a.deleted_at,
  -- Resolved conflicts stay in the table (with both texts) but no longer count (migration 007).
  (SELECT count(*) FROM desk_conflicts c WHERE c.article_pk = d.article_pk AND c.resolved_at IS NULL) AS conflicts
  FROM desk_articles d JOIN articles a ON a.pk = d.article_pk`

interface LinkedRow {
  article_pk: number
  article_id: string
  desk_id: string
  base_version: number
  synced_version: number | null
  pending_change_id: string | null
  pending_version: number | null
  sent_to: string | null
  local_version: number
  title: string
  deleted_at: string | null
  conflicts: number
}

function toLinked(r: LinkedRow): LinkedArticle {
  return {
    articlePk: r.article_pk,
    articleId: r.article_id,
    deskId: r.desk_id,
    baseVersion: r.base_version,
    syncedVersion: r.synced_version,
    pendingChangeId: r.pending_change_id,
    pendingVersion: r.pending_version,
    sentTo: r.sent_to,
    localVersion: r.local_version,
    title: r.title,
    deleted: r.deleted_at !== null,
    conflicts: r.conflicts
  }
}

export function linkedArticles(library: Library): LinkedArticle[] {
  return (library.statement(`${LINKED} ORDER BY d.article_pk`).all() as LinkedRow[]).map(toLinked)
}

export function linkedByDeskId(library: Library, deskId: string): LinkedArticle | null {
  const r = library.statement(`${LINKED} WHERE d.desk_id = ?`).get(deskId) as LinkedRow | undefined
  return r ? toLinked(r) : null
}

export function linkedByArticleId(library: Library, articleId: string): LinkedArticle | null {
  const r = library.statement(`${LINKED} WHERE a.id = ?`).get(articleId) as LinkedRow | undefined
  return r ? toLinked(r) : null
}

/** True when the article has local changes the desk has not acknowledged. */
export const isDirty = (a: LinkedArticle): boolean => a.syncedVersion !== a.localVersion

export function toDeskContent(a: Article): DeskContent {
  return { title: a.title, author: a.author?.name ?? '', pullQuote: a.pullQuote, status: a.status, blocks: a.document.root.children }
}

/** The document holding `blocks`, keeping the root's own settings from `like` when there is one. */
export function documentOf(blocks: DeskContent['blocks'], like?: SerializedDocument): SerializedDocument {
  const root = like?.root ?? documentFromParagraphs([]).root
  return { root: { ...root, children: blocks as SerializedDocument['root']['children'] } }
}

/** The local author with this name (one without a picture first), made when missing; null for none. */
export function authorIdFor(library: Library, name: string): number | null {
  if (name.trim() === '') return null
  const r = library.statement('SELECT id FROM authors WHERE name = ? ORDER BY picture_url IS NOT NULL, id LIMIT 1').get(name.trim()) as
    { id: number } | undefined
  return r ? r.id : library.createAuthor(name, null).id
}
