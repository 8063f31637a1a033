// A sync conflict, for the dialog: the desk kept its side in the article; the person's side is
// in desk_conflicts (kept_text), with the base both started from and the desk's side as synced
// (migration 007). Listing reads each unresolved conflict into its conflicting paragraphs and
// fields (src/shared/desk/conflict-parts.ts). Resolving applies the person's choice as a new
// version of the article (the next sync sends it) and marks the conflict resolved: the row and
// both its texts stay, so nothing is discarded.
import type { ConflictChoice, DeskConflictView } from '../../shared/api/comments'
import type { ConflictPlace, DeskContent } from '../../shared/desk/contract'
import { conflictParts } from '../../shared/desk/conflict-parts'
import { blockKey } from '../../shared/desk/merge'
import type { Article } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import { authorIdFor, documentOf, toDeskContent } from '../desk/local'
import type { Library } from '../library/index'
import { msg } from '../../shared/messages/catalog'

interface ConflictRow {
  id: number
  article_id: string
  desk_version: number
  places: string
  kept_text: string
  base_text: string | null
  desk_text: string | null
  created_at: string
}

const SELECT = `SELECT c.id, a.id AS article_id, c.desk_version, c.places, c.kept_text, c.base_text, c.desk_text, c.created_at
  FROM desk_conflicts c JOIN articles a ON a.pk = c.article_pk`

function sides(library: Library, r: ConflictRow): { places: ConflictPlace[]; base: DeskContent | null; desk: DeskContent; mine: DeskContent } {
  return {
    places: JSON.parse(r.places) as ConflictPlace[],
    base: r.base_text === null ? null : (JSON.parse(r.base_text) as DeskContent),
    // A conflict recorded before the desk's side was kept with it: the article holds that side.
    desk: r.desk_text === null ? toDeskContent(library.getArticle(r.article_id)) : (JSON.parse(r.desk_text) as DeskContent),
    mine: JSON.parse(r.kept_text) as DeskContent
  }
}

export function listConflicts(library: Library, articleId: string): DeskConflictView[] {
  library.getArticle(articleId)
  const rows = library.statement(`${SELECT} WHERE a.id = ? AND c.resolved_at IS NULL ORDER BY c.id`).all(articleId) as ConflictRow[]
  return rows.map((r) => {
    const s = sides(library, r)
    return {
      id: r.id,
      articleId: r.article_id,
      createdAt: r.created_at,
      deskVersion: r.desk_version,
      parts: conflictParts(s.places, s.base, s.desk, s.mine).parts
    }
  })
}

/** Where a run of block keys sits in `keys`, or -1. */
function findRun(keys: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1
  for (let i = 0; i + run.length <= keys.length; i++) if (run.every((k, j) => keys[i + j] === k)) return i
  return -1
}

export function resolveConflict(library: Library, conflictId: number, choice: ConflictChoice, baseVersion: number, now: string): Article {
  return library.transaction(() => {
    const r = library.statement(`${SELECT} WHERE c.id = ? AND c.resolved_at IS NULL`).get(conflictId) as ConflictRow | undefined
    if (!r) throw AmudError.saying('not_found', msg('err.conflict-not-waiting'))
    const article = library.getArticle(r.article_id)
    if (article.version !== baseVersion) {
      throw AmudError.saying('conflict', msg('err.conflict-article-changed'))
    }
    const s = sides(library, r)
    const { parts, chunks } = conflictParts(s.places, s.base, s.desk, s.mine)
    let result = article
    if (choice !== 'desk') {
      const blocks = [...article.document.root.children] as DeskContent['blocks']
      // Last stretch first, so earlier places keep their index.
      for (const c of [...chunks].reverse()) {
        const deskRun = s.desk.blocks.slice(c.desk[0], c.desk[1])
        const mineRun = s.mine.blocks.slice(c.mine[0], c.mine[1])
        const keys = blocks.map(blockKey)
        let at = findRun(keys, deskRun.map(blockKey))
        let len = deskRun.length
        if (at === -1) {
          // The desk's paragraphs were edited since (or there were none): the person's go where they stood.
          const before = c.desk[0] > 0 ? keys.indexOf(blockKey(s.desk.blocks[c.desk[0] - 1]!)) : -1
          at = before === -1 ? Math.min(c.desk[0], blocks.length) : before + 1
          len = 0
        }
        if (choice === 'mine') blocks.splice(at, len, ...mineRun)
        else blocks.splice(at + len, 0, ...mineRun)
      }
      const fields = choice === 'mine' ? parts.filter((p) => p.place !== 'body') : []
      const f = (name: string): string | undefined => fields.find((p) => p.place === name)?.mine[0]
      const author = f('author')
      const status = f('status') as Article['status'] | undefined
      result = library.saveArticle({
        id: article.id,
        baseVersion,
        reason: 'manual',
        changes: {
          document: documentOf(blocks, article.document),
          ...(f('title') !== undefined ? { title: f('title') } : {}),
          ...(f('pullQuote') !== undefined ? { pullQuote: f('pullQuote') } : {}),
          ...(author !== undefined ? { authorId: authorIdFor(library, author) } : {}),
          ...(status !== undefined ? { status } : {})
        }
      })
    }
    library.statement('UPDATE desk_conflicts SET resolved_at = ?, resolved_choice = ? WHERE id = ?').run(now, choice, conflictId)
    return result
  })
}
