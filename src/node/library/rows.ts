// Row shapes and their mapping to the shared model. Summaries never touch documents.
import type { ArticleStatus, ArticleSummary, Author } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import type { Ctx } from './context'

export const SUMMARY_COLUMNS = `a.pk, a.id, a.title, a.status, a.section, a.tags, a.word_count, a.created_at,
  a.updated_at, a.published_at, a.deleted_at, a.version, a.author_id, au.name AS author_name,
  au.picture_url AS author_picture`

export const SUMMARY_FROM = 'articles a LEFT JOIN authors au ON au.id = a.author_id'

export interface SummaryRow {
  pk: number
  id: string
  title: string
  status: ArticleStatus
  section: string
  tags: string
  word_count: number
  created_at: string
  updated_at: string
  published_at: string | null
  deleted_at: string | null
  version: number
  author_id: number | null
  author_name: string | null
  author_picture: string | null
}

export interface ContentRow {
  pull_quote: string
  body_text: string
  /** null: the plain document of body_text (see body.ts). */
  document: string | null
}

export type ArticleRow = SummaryRow & ContentRow

export function toAuthor(id: number | null, name: string | null, pictureUrl: string | null): Author | null {
  return id === null || name === null ? null : { id, name, pictureUrl }
}

export function parseTags(json: string): string[] {
  const v: unknown = JSON.parse(json)
  return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : []
}

export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    author: toAuthor(r.author_id, r.author_name, r.author_picture),
    status: r.status,
    section: r.section,
    tags: parseTags(r.tags),
    wordCount: r.word_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    deletedAt: r.deleted_at,
    version: r.version
  }
}

export function summaryRow(ctx: Ctx, id: string): SummaryRow {
  const row = ctx.stmt<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE a.id = ?`).get(id)
  if (!row) throw articleNotFound(id)
  return row
}

export function articleRow(ctx: Ctx, id: string): ArticleRow {
  const row = ctx
    .stmt<ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS}, c.pull_quote, c.body_text, c.document
         FROM ${SUMMARY_FROM} JOIN article_content c ON c.article_pk = a.pk WHERE a.id = ?`
    )
    .get(id)
  if (!row) throw articleNotFound(id)
  return row
}

export function articleNotFound(id: string): AmudError {
  return new AmudError('not_found', `There is no article ${id} in the library; it may have been deleted for good.`)
}
