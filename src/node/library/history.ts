// Going back in time: restoring a revision (as a new version) and comparing two versions.
import type { RevisionDiff, RevisionRef } from '../../shared/api/library'
import type { Article, RevisionSummary } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import { paragraphsFromDocument } from '../../shared/document/index'
import { assertWritable, commitChanges } from './articles'
import { splitBody } from './body'
import type { Ctx } from './context'
import { diffParagraphs, diffWords, statsOf } from './diff'
import { listRevisions, revisionDocument, revisionRow, type FullRevisionRow } from './revisions'
import { articleRow, summaryRow } from './rows'

function revisionOf(ctx: Ctx, articleId: string, revisionId: number): FullRevisionRow {
  const rev = revisionRow(ctx, revisionId)
  if (rev.article_id !== articleId) {
    throw new AmudError('not_found', `Revision ${revisionId} belongs to another article.`)
  }
  return rev
}

export function listArticleRevisions(ctx: Ctx, articleId: string): RevisionSummary[] {
  return listRevisions(ctx, summaryRow(ctx, articleId).pk)
}

/**
 * Restores the revision's title, pull quote, body and author (when that author still exists) as
 * a new version recorded as a 'restore' revision. Status, section and tags are workflow, not
 * text: they stay as they are now.
 */
export function restoreRevision(ctx: Ctx, articleId: string, revisionId: number, baseVersion: number): Article {
  return ctx.write(() => {
    const row = articleRow(ctx, articleId)
    assertWritable(row, baseVersion)
    const rev = revisionOf(ctx, articleId, revisionId)
    const authorExists = rev.author_id !== null && ctx.stmt('SELECT 1 FROM authors WHERE id = ?').get(rev.author_id) !== undefined
    return commitChanges(
      ctx,
      row,
      {
        title: rev.title,
        pullQuote: rev.pull_quote,
        document: revisionDocument(rev),
        ...(authorExists || rev.author_id === null ? { authorId: rev.author_id } : {})
      },
      'restore'
    )
  })
}

interface Side {
  title: string
  pullQuote: string
  paragraphs: string[]
}

function side(ctx: Ctx, articleId: string, ref: RevisionRef): Side {
  if (ref === 'current') {
    const row = articleRow(ctx, articleId)
    return { title: row.title, pullQuote: row.pull_quote, paragraphs: splitBody(row.body_text) }
  }
  const rev = revisionOf(ctx, articleId, ref)
  return {
    title: rev.title,
    pullQuote: rev.pull_quote,
    paragraphs: rev.document === null && rev.body_text !== null ? splitBody(rev.body_text) : paragraphsFromDocument(revisionDocument(rev))
  }
}

export function diffRevisions(ctx: Ctx, articleId: string, from: RevisionRef, to: RevisionRef): RevisionDiff {
  const a = side(ctx, articleId, from)
  const b = side(ctx, articleId, to)
  const title = diffWords(a.title, b.title)
  const pullQuote = diffWords(a.pullQuote, b.pullQuote)
  const paragraphs = diffParagraphs(a.paragraphs, b.paragraphs)
  return { from, to, title, pullQuote, paragraphs, stats: statsOf(title, pullQuote, paragraphs) }
}
