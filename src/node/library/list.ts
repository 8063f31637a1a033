// The article list: filters, sorts and keyset paging. Every sort has an index of
// (key, id), and the id breaks ties, so pages neither repeat nor skip rows with equal keys.
import type { ListPage, ListQuery, ListSort, StatusCounts } from '../../shared/api/library'
import { ARTICLE_STATUSES } from '../../shared/model/article'
import { checkStatus } from './changes'
import type { Ctx } from './context'
import { decodeCursor, encodeCursor } from './cursor'
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './rows'

/**
 * Sort keys. `published` sorts articles never published as the empty string: last when
 * newest-first (the usual view), first in ascending order. The expression matches the
 * articles_published index exactly, so SQLite can walk it.
 */
const SORT_KEYS: Record<ListSort, string> = {
  updated: 'a.updated_at',
  created: 'a.created_at',
  title: 'a.title',
  words: 'a.word_count',
  published: "coalesce(a.published_at, '')"
}

export const DEFAULT_LIST_LIMIT = 50
export const MAX_LIST_LIMIT = 500

type KeyedRow = SummaryRow & { sort_key: string | number }

export function listArticles(ctx: Ctx, q: ListQuery = {}): ListPage {
  const sort = q.sort ?? 'updated'
  const order = q.order ?? 'desc'
  const key = SORT_KEYS[sort] ?? SORT_KEYS.updated
  const limit = Math.max(1, Math.min(MAX_LIST_LIMIT, Math.floor(q.limit ?? DEFAULT_LIST_LIMIT)))
  const where: string[] = [q.trashed ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL']
  const params: unknown[] = []
  if (q.status !== undefined) {
    where.push('a.status = ?')
    params.push(checkStatus(q.status))
  }
  if (q.authorId !== undefined) {
    where.push('a.author_id = ?')
    params.push(q.authorId)
  }
  if (q.section !== undefined) {
    where.push('a.section = ?')
    params.push(q.section.replace(/\s+/g, ' ').trim())
  }
  if (q.tag !== undefined) {
    where.push('a.pk IN (SELECT article_pk FROM article_tags WHERE tag = ?)')
    params.push(q.tag.replace(/\s+/g, ' ').trim())
  }
  if (q.cursor !== undefined && q.cursor !== '') {
    const c = decodeCursor(q.cursor, sort, order)
    where.push(`(${key}, a.id) ${order === 'desc' ? '<' : '>'} (?, ?)`)
    params.push(c.key, c.id)
  }
  const dir = order === 'desc' ? 'DESC' : 'ASC'
  const sql = `SELECT ${SUMMARY_COLUMNS}, ${key} AS sort_key FROM ${SUMMARY_FROM}
    WHERE ${where.join(' AND ')} ORDER BY ${key} ${dir}, a.id ${dir} LIMIT ?`
  const rows = ctx.stmt<KeyedRow>(sql).all(...params, limit + 1)
  const more = rows.length > limit
  const page = more ? rows.slice(0, limit) : rows
  const last = page[page.length - 1]
  return {
    items: page.map(toSummary),
    nextCursor: more && last ? encodeCursor({ sort, order, key: last.sort_key, id: last.id }) : null
  }
}

/** Articles per status outside the trash; `trash` counts the trash, `total` everything outside it. */
export function countByStatus(ctx: Ctx): StatusCounts {
  const counts = { draft: 0, editing: 0, ready: 0, published: 0, trash: 0, total: 0 }
  // Two queries, each walking an index in order (one grouped query would need a temp sort).
  const rows = ctx.stmt<{ status: string; n: number }>('SELECT status, count(*) AS n FROM articles WHERE deleted_at IS NULL GROUP BY status').all()
  for (const r of rows) {
    if ((ARTICLE_STATUSES as readonly string[]).includes(r.status)) {
      counts[r.status as keyof typeof counts] += r.n
      counts.total += r.n
    }
  }
  counts.trash = ctx.stmt<{ n: number }>('SELECT count(*) AS n FROM articles WHERE deleted_at IS NOT NULL').get()!.n
  return counts
}
