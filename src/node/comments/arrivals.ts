// "What the editor changed": each arrival of desk edits (desk_arrivals, written by the sync)
// as a diff from the person's own text just before it to the text that arrived, with the
// revisions view's word diff (src/node/library/diff.ts), and who made it and when.
import type { DeskChange } from '../../shared/api/comments'
import type { DeskContent } from '../../shared/desk/contract'
import { paragraphsFromDocument } from '../../shared/document/index'
import { documentOf } from '../desk/local'
import { diffParagraphs, diffWords, statsOf } from '../library/diff'
import type { Library } from '../library/index'

interface ArrivalRow {
  id: number
  article_id: string
  desk_to: number
  before: string
  after: string
  by: string | null
  at: string | null
  created_at: string
}

export function listDeskChanges(library: Library, articleId: string): DeskChange[] {
  library.getArticle(articleId)
  const rows = library
    .statement(
      `SELECT r.id, a.id AS article_id, r.desk_to, r.before, r.after, r.by, r.at, r.created_at
         FROM desk_arrivals r JOIN articles a ON a.pk = r.article_pk WHERE a.id = ? ORDER BY r.id DESC`
    )
    .all(articleId) as ArrivalRow[]
  return rows.map((r) => {
    const a = JSON.parse(r.before) as DeskContent
    const b = JSON.parse(r.after) as DeskContent
    const title = diffWords(a.title, b.title)
    const pullQuote = diffWords(a.pullQuote, b.pullQuote)
    const paragraphs = diffParagraphs(paragraphsFromDocument(documentOf(a.blocks)), paragraphsFromDocument(documentOf(b.blocks)))
    return {
      id: r.id,
      articleId: r.article_id,
      by: r.by === null ? [] : (JSON.parse(r.by) as string[]),
      at: r.at ?? r.created_at,
      deskVersion: r.desk_to,
      diff: { from: 'current', to: 'current', title, pullQuote, paragraphs, stats: statsOf(title, pullQuote, paragraphs) }
    }
  })
}
