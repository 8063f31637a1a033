// The trash: a soft delete. Trashed articles leave the search index (so searches need no
// filter for them) and come back into it on restore; purging removes them for good, with
// their revisions and tags (ON DELETE CASCADE).
import type { ArticleSummary } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import type { Ctx } from './context'
import { reindexWhere, unindexArticle } from './fts'
import { summaryRow, toSummary } from './rows'

export function trashArticle(ctx: Ctx, id: string): ArticleSummary {
  return ctx.write(() => {
    const row = summaryRow(ctx, id)
    if (row.deleted_at !== null) return toSummary(row)
    const now = ctx.now()
    ctx.stmt('UPDATE articles SET deleted_at = ? WHERE pk = ?').run(now, row.pk)
    unindexArticle(ctx, row.pk)
    return toSummary({ ...row, deleted_at: now })
  })
}

export function restoreArticle(ctx: Ctx, id: string): ArticleSummary {
  return ctx.write(() => {
    const row = summaryRow(ctx, id)
    if (row.deleted_at === null) return toSummary(row)
    ctx.stmt('UPDATE articles SET deleted_at = NULL WHERE pk = ?').run(row.pk)
    reindexWhere(ctx, 'a.pk = ?', row.pk)
    return toSummary({ ...row, deleted_at: null })
  })
}

/** Deletes an article for good; only from the trash, so one click never destroys a live article. */
export function purgeArticle(ctx: Ctx, id: string): void {
  ctx.write(() => {
    const row = summaryRow(ctx, id)
    if (row.deleted_at === null) {
      throw new AmudError('invalid', `The article "${row.title || row.id}" is not in the trash; move it to the trash first.`)
    }
    ctx.stmt('DELETE FROM articles WHERE pk = ?').run(row.pk)
  })
}

export function emptyTrash(ctx: Ctx): number {
  return ctx.write(() => ctx.stmt('DELETE FROM articles WHERE deleted_at IS NOT NULL').run().changes)
}
