// Importing tagged articles. importTagged is the fast path (cached statements, one document
// build and one normalization per article) and runs its whole batch in one transaction, so a
// bulk import or a benchmark can commit every few hundred articles; importFiles calls it once
// per file inside a savepoint, so a bad file never leaves half an article, and commits the
// files in groups so a folder of thousands does not pay one disk sync per file.
import type { ImportFile, ImportFileReport, ImportOptions, ImportProgress, ImportReport } from '../../shared/api/library'
import type { ArticleStatus } from '../../shared/model/article'
import { placedMessage, normalizeText, parseTagged, type TaggedArticle } from '../../shared/format/index'
import { msg, type Message } from '../../shared/messages/catalog'
import { AmudError, errorSaid } from '../../shared/model/errors'
import { insertArticle } from './articles'
import { findAuthor, insertAuthor } from './authors'
import { deriveFromParagraphs } from './body'
import { checkStatus } from './changes'
import type { Ctx } from './context'
import { indexPending, type PendingIndex } from './fts'
import { ARTICLE_LIMITS, capAtWord } from '../../shared/model/limits'
import { GroupBudget } from './import-groups'
import { capGivenTitle, titleFromBody, titleFromFileName } from './titles'

/** A tagged article and, when known (the corpus has them; the format does not), its title. */
export type ImportItem = TaggedArticle & { title?: string }

export type ImportItemResult = { outcome: 'imported'; articleId: string } | { outcome: 'skipped'; articleId: string; said: Message }

// The name as written (see docs/tagged-format.md): only trimmed, with line breaks joined, so the
// bytes come back on export; names that differ in spacing are different authors, never merged.
function authorFor(ctx: Ctx, cache: Map<string, number>, name: string, picture: string | null): number | null {
  const clean = normalizeText(name)
  if (clean === '') return null
  const key = `${clean}\u0000${picture ?? ''}`
  let id = cache.get(key) ?? findAuthor(ctx, clean, picture)
  if (id === null) id = insertAuthor(ctx, clean, picture)
  cache.set(key, id)
  return id
}

const DUPLICATE = 'SELECT id FROM articles WHERE author_id IS ? AND body_hash = ? AND deleted_at IS NULL LIMIT 1'

/** Imports `items` in one transaction; a duplicate (same author, same normalized body) is skipped. */
export function importTagged(ctx: Ctx, items: readonly ImportItem[], options: ImportOptions = {}): ImportItemResult[] {
  const status: ArticleStatus = checkStatus(options.status ?? 'draft')
  return ctx.write(() => {
    const authors = new Map<string, number>()
    const pending: PendingIndex[] = []
    const results = items.map((item): ImportItemResult => {
      const authorId = authorFor(ctx, authors, item.authorName, item.authorPictureUrl)
      const paragraphs = item.paragraphs
      const body = deriveFromParagraphs(paragraphs)
      if (!options.allowDuplicates) {
        const dup = ctx.stmt<{ id: string }>(DUPLICATE).get(authorId, body.bodyHash)
        if (dup) {
          return { outcome: 'skipped', articleId: dup.id, said: msg('report.duplicate', { articleId: dup.id }) }
        }
      }
      const given = item.title?.trim()
      const title = given ? capGivenTitle(given) : titleFromBody(paragraphs)
      const authorName = authorId === null ? null : normalizeText(item.authorName)
      const { id } = insertArticle(
        ctx,
        { title, authorId, authorName, pullQuote: capAtWord(item.pullQuote ?? '', ARTICLE_LIMITS.pullQuote), body, status, section: '', tags: [] },
        'import',
        pending
      )
      return { outcome: 'imported', articleId: id }
    })
    indexPending(ctx, pending)
    return results
  })
}

function importOne(ctx: Ctx, file: ImportFile, options: ImportOptions): ImportFileReport {
  const parsed = parseTagged(Buffer.from(file.base64, 'base64'))
  const said = parsed.ok ? [...parsed.warnings, ...parsed.notes].sort((a, b) => a.line - b.line || a.column - b.column) : parsed.warnings
  const warnings = said.map((w) => ({ line: w.line, column: w.column, said: w.said }))
  if (!parsed.ok) {
    const e = parsed.error
    return {
      name: file.name,
      outcome: 'failed',
      said: placedMessage(e),
      line: e.line,
      column: e.column,
      warnings
    }
  }
  try {
    const title = titleFromFileName(file.name) ?? undefined
    const [result] = importTagged(ctx, [{ ...parsed.article, ...(title ? { title } : {}) }], options)
    if (!result) throw new Error('import produced no result')
    if (result.outcome === 'skipped') return { name: file.name, outcome: 'skipped', articleId: result.articleId, said: result.said, warnings }
    return { name: file.name, ...result, warnings }
  } catch (err) {
    if (!(err instanceof AmudError)) throw err
    return { name: file.name, outcome: 'failed', said: errorSaid(err), warnings }
  }
}

/**
 * Imports `files` from `start` in one transaction, one savepoint per file (a file that fails
 * rolls back alone and writes nothing), until `budget` says the group is full (by count or by
 * time; at least one file). Returns the reports of the files it took, in order.
 */
export function importGroup(ctx: Ctx, files: readonly ImportFile[], start: number, options: ImportOptions, budget: GroupBudget): ImportFileReport[] {
  return ctx.write(() => {
    budget.begin()
    const out: ImportFileReport[] = []
    for (let i = start; i < files.length; i++) {
      out.push(importOne(ctx, files[i]!, options))
      if (budget.add()) break
    }
    return out
  })
}

export function importFiles(
  ctx: Ctx,
  files: readonly ImportFile[],
  options: ImportOptions = {},
  onProgress?: (p: ImportProgress) => void,
  budget: GroupBudget = new GroupBudget()
): ImportReport {
  const report: ImportReport = { files: [], imported: 0, skipped: 0, failed: 0 }
  let start = 0
  while (start < files.length) {
    const results = importGroup(ctx, files, start, options, budget)
    results.forEach((r, i) => {
      report.files.push(r)
      report[r.outcome === 'imported' ? 'imported' : r.outcome === 'skipped' ? 'skipped' : 'failed']++
      onProgress?.({ done: start + i + 1, total: files.length, name: files[start + i]?.name ?? '' })
    })
    start += results.length
  }
  return report
}
