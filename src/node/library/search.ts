// Full-text search. The ranked query touches only the FTS index and, for the few rows asked
// for, their article rows; bodies are read (and snippets built) only for the hits returned.
// Without status/author filters the ranking runs inside FTS5 alone and the join happens after
// the limit. It orders by bm25() with the table's rank weights, not by `rank`: for ORDER BY
// rank FTS5 sorts every match in a nested query and then computes bm25 again for the score it
// returns (counting each phrase over the whole index once more), while bm25() in the select
// is computed once a row and SQLite keeps only the best n. Same scores, same order (ties by
// rowid, as FTS5's own sort left them), about a third less time on common words.
import type { SearchHit, SearchQuery, SearchResult } from '../../shared/api/library'
import { checkStatus } from './changes'
import type { Ctx } from './context'
import { SEARCH_WEIGHTS } from '../db/migrations/005-search-clitics'
import { highlightRanges, snippetOf } from './highlight'
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './rows'
import { describeTerms, parseQuery, shownTerms, toFtsQuery, type SearchTerm } from './search-query'

export const DEFAULT_SEARCH_LIMIT = 20
export const MAX_SEARCH_LIMIT = 200

type ScoredRow = SummaryRow & { score: number }

/** The rank function as an expression: bm25(article_search, 10.0, …), the weights the table ranks by. */
export const RANK_EXPRESSION = SEARCH_WEIGHTS.replace('bm25(', 'bm25(article_search, ')

/** The best `?` matches of `?`, score and rowid: what ORDER BY rank LIMIT gives, computed once. */
export const TOP_MATCHES = `SELECT rowid, ${RANK_EXPRESSION} AS score FROM article_search
  WHERE article_search MATCH ? ORDER BY score, rowid LIMIT ?`

const UNFILTERED = `SELECT ${SUMMARY_COLUMNS}, s.score
  FROM (${TOP_MATCHES}) s
  JOIN articles a ON a.pk = s.rowid LEFT JOIN authors au ON au.id = a.author_id
  WHERE a.deleted_at IS NULL ORDER BY s.score, s.rowid`

function filtered(status: boolean, author: boolean): string {
  return `SELECT ${SUMMARY_COLUMNS}, article_search.rank AS score
    FROM article_search JOIN articles a ON a.pk = article_search.rowid
    LEFT JOIN authors au ON au.id = a.author_id
    WHERE article_search MATCH ? AND a.deleted_at IS NULL
      ${status ? 'AND a.status = ?' : ''} ${author ? 'AND a.author_id = ?' : ''}
    ORDER BY article_search.rank LIMIT ?`
}

function rankedRows(ctx: Ctx, match: string, q: SearchQuery, limit: number): ScoredRow[] {
  if (q.status === undefined && q.authorId === undefined) return ctx.stmt<ScoredRow>(UNFILTERED).all(match, limit)
  const params: unknown[] = [match]
  if (q.status !== undefined) params.push(checkStatus(q.status))
  if (q.authorId !== undefined) params.push(q.authorId)
  return ctx.stmt<ScoredRow>(filtered(q.status !== undefined, q.authorId !== undefined)).all(...params, limit)
}

function countAll(ctx: Ctx, match: string, q: SearchQuery): number {
  // Trashed articles are not indexed: without filters the index alone counts.
  if (q.status === undefined && q.authorId === undefined) {
    return ctx.stmt<{ n: number }>('SELECT count(*) AS n FROM article_search WHERE article_search MATCH ?').get(match)!.n
  }
  const params: unknown[] = [match]
  if (q.status !== undefined) params.push(checkStatus(q.status))
  if (q.authorId !== undefined) params.push(q.authorId)
  return ctx
    .stmt<{ n: number }>(
      `SELECT count(*) AS n FROM article_search JOIN articles a ON a.pk = article_search.rowid
        WHERE article_search MATCH ? AND a.deleted_at IS NULL
          ${q.status !== undefined ? 'AND a.status = ?' : ''} ${q.authorId !== undefined ? 'AND a.author_id = ?' : ''}`
    )
    .get(...params)!.n
}

function toHit(ctx: Ctx, row: ScoredRow, terms: readonly SearchTerm[]): SearchHit {
  const content = ctx.stmt<{ pull_quote: string; body_text: string }>('SELECT pull_quote, body_text FROM article_content WHERE article_pk = ?').get(row.pk) ?? {
    pull_quote: '',
    body_text: ''
  }
  const snippet =
    snippetOf(content.body_text, terms, true) ?? snippetOf(content.pull_quote, terms, true) ?? snippetOf(content.body_text || content.pull_quote, terms, false)!
  return { article: toSummary(row), score: row.score, titleHighlights: highlightRanges(row.title, terms), snippet }
}

export function search(ctx: Ctx, q: SearchQuery): SearchResult {
  const parsed = parseQuery(q.query ?? '')
  const match = toFtsQuery(parsed)
  if (match === null) return q.countAll ? { hits: [], terms: [], total: 0 } : { hits: [], terms: [] }
  const limit = Math.max(1, Math.min(MAX_SEARCH_LIMIT, Math.floor(q.limit ?? DEFAULT_SEARCH_LIMIT)))
  const rows = rankedRows(ctx, match, q, limit)
  const terms = shownTerms(parsed)
  const result: SearchResult = { hits: rows.map((r) => toHit(ctx, r, terms)), terms: describeTerms(parsed) }
  // Fewer hits than asked for are all there are.
  if (q.countAll) result.total = rows.length < limit ? rows.length : countAll(ctx, match, q)
  return result
}
