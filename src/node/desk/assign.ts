// The desk's hand-over: sending an article to an editor (with a note), the editors it can go
// to, and the desk view's list, filtered by status, columnist and assigned editor and searched
// with the local search's syntax (search.ts). A columnist sees and sends only their own.
import { MAX_SEARCH_HITS, type DeskContent, type DeskListResponse, type EditorsResponse } from '../../shared/desk/contract'
import { assertVisible } from './articles'
import { DESK_WRITE_LOCK, type DeskDb } from './db'
import { DeskFailure } from './errors'
import { searchDesk } from './search'
import type { DeskUser } from './users'

export async function listEditors(db: DeskDb): Promise<EditorsResponse> {
  const { rows } = await db.query<{ name: string; role: 'editor' | 'admin' }>(
    `SELECT name, role FROM desk_users WHERE role IN ('editor', 'admin') AND revoked_at IS NULL ORDER BY role = 'admin', name`
  )
  return { editors: rows.map((r) => ({ name: r.name, role: r.role })) }
}

/** Sends the article to `to` (an editor; null: the desk at large) with `note`. */
export async function sendArticle(db: DeskDb, user: DeskUser, id: string, to: string | null, note: string | null): Promise<void> {
  await assertVisible(db, user, id)
  await db.transaction(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [DESK_WRITE_LOCK])
    let editorId: number | null = null
    if (to !== null) {
      const { rows } = await q.query<{ id: string }>(`SELECT id FROM desk_users WHERE name = $1 AND role IN ('editor', 'admin') AND revoked_at IS NULL`, [to])
      if (!rows[0]) throw new DeskFailure('not_found', `The desk has no editor named "${to}".`)
      editorId = Number(rows[0].id)
    }
    // A new change number, so every library pulling sees who has it now; the search table's
    // copy of it moves too (a search lists the newest change first, as the desk view does).
    await q.query(
      `WITH a AS (UPDATE desk_articles SET assigned_to = $2, sent_note = $3, seq = nextval('desk_change_seq') WHERE id = $1 RETURNING id, seq)
       UPDATE desk_search s SET seq = a.seq FROM a WHERE s.id = a.id`,
      [id, editorId, note]
    )
  })
}

interface ListRow {
  id: string
  version: number
  title: string
  status: DeskContent['status']
  updated_at: unknown
  owner: string
  assigned_to: string | null
  status_by: string
}

export interface ListFilters {
  status?: DeskContent['status']
  owner?: string
  assigned?: string
  q?: string
  limit: number
}

export async function listDesk(db: DeskDb, user: DeskUser, f: ListFilters): Promise<DeskListResponse> {
  let ids: string[] | null = null
  let found: Awaited<ReturnType<typeof searchDesk>> | null = null
  const snippets = new Map<string, string>()
  if (f.q !== undefined && f.q.trim() !== '') {
    // The newest 100 matches (the search's order is the list's: latest change first).
    found = await searchDesk(db, user, f.q, MAX_SEARCH_HITS)
    ids = found.hits.map((h) => h.articleId)
    for (const h of found.hits) snippets.set(h.articleId, h.snippet.text)
    if (ids.length === 0) return { items: [], total: 0, totalIsAtLeast: false }
  }
  const { rows } = await db.query<ListRow>(
    `SELECT a.id, a.version, a.title, a.status, a.updated_at, o.name AS owner, g.name AS assigned_to, s.name AS status_by
       FROM desk_articles a JOIN desk_users o ON o.id = a.owner_id JOIN desk_users s ON s.id = a.status_by
       LEFT JOIN desk_users g ON g.id = a.assigned_to
      WHERE ($1 OR a.owner_id = $2) AND ($3::text IS NULL OR a.status = $3) AND ($4::text IS NULL OR o.name = $4)
        AND ($5::text IS NULL OR g.name = $5) AND ($6::text[] IS NULL OR a.id = ANY($6::text[]))
      ORDER BY a.updated_at DESC, a.id`,
    [user.role !== 'columnist', user.id, f.status ?? null, f.owner ?? null, f.assigned ?? null, ids]
  )
  const items = rows.slice(0, f.limit).map((r) => ({
    articleId: r.id,
    version: r.version,
    title: r.title,
    owner: r.owner,
    assignedTo: r.assigned_to,
    status: r.status,
    statusBy: r.status_by,
    updatedAt: new Date(r.updated_at as string).toISOString(),
    snippet: snippets.get(r.id) ?? null
  }))
  // Searched: when the search had more matches than the 100 taken, the search's own count is
  // the list's (no other filter) or the filtered 100 are only some of the list (a lower bound).
  if (found && found.total > found.hits.length) {
    const filtered = f.status !== undefined || f.owner !== undefined || f.assigned !== undefined
    return filtered ? { items, total: rows.length, totalIsAtLeast: true } : { items, total: found.total, totalIsAtLeast: found.totalIsAtLeast }
  }
  return { items, total: rows.length, totalIsAtLeast: false }
}
