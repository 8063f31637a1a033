// Validates a set of changes against the stored article and works out the next state.
// The transports have checked types; the rules that need the library are checked here.
import { ARTICLE_STATUSES, type ArticleChanges, type ArticleStatus, type SerializedDocument } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import { ARTICLE_LIMITS, fieldsOverLimit } from '../../shared/model/limits'
import { isSerializedDocument } from '../../shared/document/index'
import { deriveBody, storedDocumentJson, type DerivedBody } from './body'
import type { Ctx } from './context'
import type { ArticleRow } from './rows'
import { parseTags } from './rows'

export interface NextState {
  title: string
  authorId: number | null
  authorName: string | null
  authorPicture: string | null
  pullQuote: string
  status: ArticleStatus
  section: string
  tags: string[]
  publishedAt: string | null
  /** Set when the document changed. */
  document: SerializedDocument | null
  body: DerivedBody | null
  changed: { content: boolean; searchable: boolean; tags: boolean; any: boolean }
}

/** Trimmed, inner whitespace collapsed, empty and repeated tags dropped, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = []
  for (const t of tags) {
    const tag = t.replace(/\s+/g, ' ').trim()
    if (tag !== '' && !out.includes(tag)) out.push(tag)
  }
  return out
}

export function checkDocument(doc: unknown): SerializedDocument {
  if (!isSerializedDocument(doc)) {
    throw new AmudError('invalid', 'The article body is not an editor document (it needs a root node with children).')
  }
  return doc
}

const FIELD_NAMES = { title: 'title', pullQuote: 'pull quote', section: 'section', tags: 'tags' } as const

/**
 * Refuses a field longer than the API allows, whoever writes it (an import, the CLI): stored,
 * it would make every later save that carries it fail.
 */
export function checkLimits(c: Pick<ArticleChanges, 'title' | 'pullQuote' | 'section' | 'tags'>): void {
  const [field] = fieldsOverLimit(c)
  if (!field) return
  const max = field === 'tags' ? `${ARTICLE_LIMITS.tags} tags of ${ARTICLE_LIMITS.tag}` : String(ARTICLE_LIMITS[field])
  throw new AmudError('invalid', `The ${FIELD_NAMES[field]} is too long: it may hold at most ${max} characters.`, {
    field,
    max: field === 'tags' ? ARTICLE_LIMITS.tag : ARTICLE_LIMITS[field]
  })
}

export function checkStatus(status: string): ArticleStatus {
  if (!(ARTICLE_STATUSES as readonly string[]).includes(status)) {
    throw new AmudError('invalid', `"${status}" is not an article status; use one of ${ARTICLE_STATUSES.join(', ')}.`)
  }
  return status as ArticleStatus
}

export function lookupAuthor(ctx: Ctx, id: number): { name: string; picture_url: string | null } {
  const a = ctx.stmt<{ name: string; picture_url: string | null }>('SELECT name, picture_url FROM authors WHERE id = ?').get(id)
  if (!a) throw new AmudError('not_found', `There is no author ${id}; the author may have been merged into another.`)
  return a
}

export function resolveChanges(ctx: Ctx, row: ArticleRow, c: ArticleChanges, now: string): NextState {
  checkLimits(c)
  const title = c.title !== undefined ? c.title.trim() : row.title
  let authorId = row.author_id
  let authorName = row.author_name
  let authorPicture = row.author_picture
  if (c.authorId !== undefined && c.authorId !== row.author_id) {
    authorId = c.authorId
    const a = c.authorId === null ? null : lookupAuthor(ctx, c.authorId)
    authorName = a?.name ?? null
    authorPicture = a?.picture_url ?? null
  }
  const pullQuote = c.pullQuote !== undefined ? c.pullQuote.trim() : row.pull_quote
  const status = c.status !== undefined ? checkStatus(c.status) : row.status
  const section = c.section !== undefined ? c.section.replace(/\s+/g, ' ').trim() : row.section
  const oldTags = parseTags(row.tags)
  const tags = c.tags !== undefined ? normalizeTags(c.tags) : oldTags
  let document: SerializedDocument | null = null
  let body: DerivedBody | null = null
  if (c.document !== undefined) {
    const json = JSON.stringify(checkDocument(c.document))
    // Comparing the serialized text spares a re-derivation when an autosave sends the same body.
    if (json !== storedDocumentJson(row.document, row.body_text)) {
      document = c.document
      body = deriveBody(c.document)
    }
  }
  const publishedAt = status === 'published' && row.published_at === null ? now : row.published_at
  const tagsChanged = JSON.stringify(tags) !== JSON.stringify(oldTags)
  const content = body !== null || pullQuote !== row.pull_quote
  const searchable = content || title !== row.title || authorId !== row.author_id
  const any = searchable || tagsChanged || status !== row.status || section !== row.section
  return {
    title,
    authorId,
    authorName,
    authorPicture,
    pullQuote,
    status,
    section,
    tags,
    publishedAt,
    document,
    body,
    changed: { content, searchable, tags: tagsChanged, any }
  }
}
