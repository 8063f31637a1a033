// Authors: identified by name and picture, as the tagged format identifies them. The author's
// name is part of each article's search entry, so renames and merges re-index those articles.
import type { Author, AuthorWithCount } from '../../shared/model/article'
import { normalizeText, pictureUrlError } from '../../shared/format/index'
import { t } from '../../shared/messages/catalog'
import { AmudError } from '../../shared/model/errors'
import type { Ctx } from './context'
import { reindexWhere } from './fts'

interface AuthorRow {
  id: number
  name: string
  picture_url: string | null
}

function toAuthor(r: AuthorRow): Author {
  return { id: r.id, name: r.name, pictureUrl: r.picture_url }
}

/** The name as written, as the import keeps it: trimmed, line breaks joined, inner spacing untouched. */
export function cleanName(name: string): string {
  const n = normalizeText(name)
  if (n === '') throw new AmudError('invalid', 'An author needs a name.')
  return n
}

function cleanPicture(url: string | null): string | null {
  const u = url?.trim() ?? ''
  if (u === '') return null
  const e = pictureUrlError(u)
  const why = e ? t(e.said, 'en') : ''
  if (e) throw new AmudError('invalid', `${why.charAt(0).toUpperCase()}${why.slice(1)} (got "${u}").`)
  return u
}

function authorRow(ctx: Ctx, id: number): AuthorRow {
  const r = ctx.stmt<AuthorRow>('SELECT id, name, picture_url FROM authors WHERE id = ?').get(id)
  if (!r) throw new AmudError('not_found', `There is no author ${id}; the author may have been merged into another.`)
  return r
}

export function findAuthor(ctx: Ctx, name: string, pictureUrl: string | null): number | null {
  const r = ctx.stmt<{ id: number }>("SELECT id FROM authors WHERE name = ? AND coalesce(picture_url, '') = ?").get(name, pictureUrl ?? '')
  return r?.id ?? null
}

function assertFree(ctx: Ctx, name: string, pictureUrl: string | null, self: number | null): void {
  const other = findAuthor(ctx, name, pictureUrl)
  if (other !== null && other !== self) {
    throw new AmudError('conflict', `An author "${name}" with ${pictureUrl ? 'this picture' : 'no picture'} already exists; merge the two authors instead.`, {
      authorId: other
    })
  }
}

export function insertAuthor(ctx: Ctx, name: string, pictureUrl: string | null): number {
  return ctx.stmt<{ id: number }>('INSERT INTO authors (name, picture_url, created_at) VALUES (?, ?, ?) RETURNING id').get(name, pictureUrl, ctx.now())!.id
}

export function listAuthors(ctx: Ctx): AuthorWithCount[] {
  return ctx
    .stmt<AuthorRow & { n: number }>(
      `SELECT au.id, au.name, au.picture_url,
              (SELECT count(*) FROM articles a WHERE a.author_id = au.id AND a.deleted_at IS NULL) AS n
         FROM authors au ORDER BY au.name, au.id`
    )
    .all()
    .map((r) => ({ ...toAuthor(r), articleCount: r.n }))
}

export function createAuthor(ctx: Ctx, name: string, pictureUrl: string | null): Author {
  return ctx.write(() => {
    const n = cleanName(name)
    const p = cleanPicture(pictureUrl)
    assertFree(ctx, n, p, null)
    return { id: insertAuthor(ctx, n, p), name: n, pictureUrl: p }
  })
}

export function renameAuthor(ctx: Ctx, id: number, name: string): Author {
  return ctx.write(() => {
    const r = authorRow(ctx, id)
    const n = cleanName(name)
    if (n === r.name) return toAuthor(r)
    assertFree(ctx, n, r.picture_url, id)
    ctx.stmt('UPDATE authors SET name = ? WHERE id = ?').run(n, id)
    reindexWhere(ctx, 'a.author_id = ?', id)
    return { id, name: n, pictureUrl: r.picture_url }
  })
}

export function setAuthorPicture(ctx: Ctx, id: number, pictureUrl: string | null): Author {
  return ctx.write(() => {
    const r = authorRow(ctx, id)
    const p = cleanPicture(pictureUrl)
    assertFree(ctx, r.name, p, id)
    ctx.stmt('UPDATE authors SET picture_url = ? WHERE id = ?').run(p, id)
    return { id, name: r.name, pictureUrl: p }
  })
}

/**
 * Moves every article (and revision) of `fromId` to `intoId`, then deletes `fromId`, in one
 * transaction. Articles keep their version: the move is not an edit, and an open editor must
 * not hit a conflict because of it.
 */
export function mergeAuthors(ctx: Ctx, fromId: number, intoId: number): Author {
  if (fromId === intoId) throw new AmudError('invalid', 'An author cannot be merged into itself.')
  return ctx.write(() => {
    const from = authorRow(ctx, fromId)
    const into = authorRow(ctx, intoId)
    const moved = ctx
      .stmt<{ pk: number }>('SELECT pk FROM articles WHERE author_id = ?')
      .all(fromId)
      .map((r) => r.pk)
    ctx.stmt('UPDATE articles SET author_id = ? WHERE author_id = ?').run(intoId, fromId)
    ctx.stmt('UPDATE revisions SET author_id = ? WHERE author_id = ?').run(intoId, fromId)
    ctx.stmt('DELETE FROM authors WHERE id = ?').run(fromId)
    if (from.name !== into.name) reindexWhere(ctx, 'a.pk IN (SELECT value FROM json_each(?))', JSON.stringify(moved))
    return toAuthor(into)
  })
}
