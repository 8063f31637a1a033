// Searching the desk: the local search's query syntax (parsed by the same parser,
// src/node/library/search-query.ts) turned into a PostgreSQL tsquery over the index
// search-index.ts builds, within what the user may see (a columnist: their own articles only).
// The tsquery is written here as a literal of our own quoted lexemes, so nothing a person types
// reaches PostgreSQL as syntax. Matches come newest change first, not ranked, and are counted up
// to a cap (issue 14: docs/desk.md "Search"). Snippets and highlights are made as the local
// library makes them.
import type { DeskContent, DeskSearchHit, DeskSearchResponse } from '../../shared/desk/contract'
import { snippetOf, highlightRanges } from '../library/highlight'
import { describeTerms, parseQuery, shownTerms, type ParsedQuery, type SearchTerm } from '../library/search-query'
import type { DeskDb } from './db'
import { deskBodyText } from './search-index'
import { choosePlan, termLexemes } from './search-plan'
import type { DeskUser } from './users'

/** A lexeme as tsquery input reads it: quoted, quotes and backslashes escaped; `:*` a prefix. */
function lexeme(word: string, prefix: boolean): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`
}

function termQuery(t: SearchTerm): string {
  // A phrase (or one word taken exactly): its words in order, the last one a prefix when asked.
  // Only forms have positions, and no form starts with STEM_MARK: a phrase never meets a stem key.
  // A word: any of its lexemes (search-plan.ts).
  const parts = termLexemes(t).map((l) => lexeme(l.text, l.prefix))
  if (t.stems === null) return parts.join(' <-> ')
  return parts.length === 1 ? parts[0]! : `(${parts.join(' | ')})`
}

/** The tsquery for a parsed query, or null when nothing searchable remains. */
export function toTsQuery(parsed: ParsedQuery): string | null {
  if (parsed.all.length === 0) return null
  const group = (g: SearchTerm[]): string => (g.length === 1 ? `(${termQuery(g[0]!)})` : `(${g.map(termQuery).join(' | ')})`)
  const positive = parsed.all.map(group).join(' & ')
  if (parsed.none.length === 0) return positive
  return `(${positive}) & !(${parsed.none.map(termQuery).join(' | ')})`
}

/**
 * How far a search counts its matches: beyond this, `total` says DESK_SEARCH_COUNT_CAP and
 * `totalIsAtLeast` is set ("more than 1,000"). Counting reads a row for each match (and a
 * phrase's word positions on it); at 1,000,000 articles counting a common word's first 10,001
 * took 20 to 35 ms on top of its posting lists, and told an editor nothing more useful than
 * "more than 1,000" does (issue 14).
 */
export const DESK_SEARCH_COUNT_CAP = 1_000

interface HitRow {
  id: string
  version: number
  owner: string
  status: DeskContent['status']
  updated_at: unknown
  title: string
  author: string
  pull_quote: string
  blocks: unknown
}

function toHit(r: HitRow, terms: readonly SearchTerm[]): DeskSearchHit {
  const blocks = (typeof r.blocks === 'string' ? JSON.parse(r.blocks) : r.blocks) as DeskContent['blocks']
  const body = deskBodyText({ title: r.title, author: r.author, pullQuote: r.pull_quote, status: r.status, blocks })
  const snippet = snippetOf(body, terms, true) ?? snippetOf(r.pull_quote, terms, true) ?? snippetOf(body || r.pull_quote, terms, false)!
  return {
    articleId: r.id,
    version: r.version,
    owner: r.owner,
    status: r.status,
    updatedAt: new Date(r.updated_at as string).toISOString(),
    title: r.title,
    score: 0,
    titleHighlights: highlightRanges(r.title, terms),
    snippet
  }
}

/**
 * The articles `user` may see that match `query`, newest change first (the desk view's order),
 * at most `limit`, and how many match in all, counted up to `countCap` (countCapFor the query).
 *
 * Newest first rather than by rank, so that PostgreSQL need not read every match (ranking read
 * every match's tsvector: 180,000 of them for «السعودية» on a desk of 1,000,000 articles). The
 * matching is done on desk_search (migration 007), one narrow row an article (id, seq, owner,
 * the tsvector under the GIN index); desk_articles is read for the page's `limit` rows only.
 * Four plans (search-plan.ts chooses one from desk_lexemes' exact counts of articles a lexeme):
 * - "bitmap": one pass over the GIN index's matches, stopped at countCap + 1, counts them and
 *   keeps the newest `limit` (id and seq only); when it did not stop, that is the page. When it
 *   did, the page comes from the walk below;
 * - "every match": the same pass not stopped at the cap, when the matches are known to be few;
 * - "known past the cap": a word one of whose lexemes alone is in more than countCap articles
 *   skips the count (and the bitmap of its posting lists, 30 to 90 ms for a common word at
 *   1,000,000 articles); the page comes from the walk;
 * - "own articles": a columnist's query whose posting lists are long beside their own articles
 *   reads those articles newest first (desk_search_owner_seq), checking each, for the count
 *   and the page at once.
 * The walk reads desk_search_seq (an editor) or desk_search_owner_seq (a columnist) backwards,
 * checking each article until `limit` match: with more than countCap matches, that stops soon.
 *
 * The plans are forced (SET LOCAL in the search's transaction), not left to the planner: it
 * prices a bitmap heap scan as if each match were checked on its row, which an unweighted
 * index spares (phrases excepted), and its guesses of a word's or phrase's matches miss by 5×
 * to 100×. At 40,000 articles it read every row and its tsvector to count «السعودية» (575 ms,
 * 16 ms from the bitmap), walked 5,350 rows for the 122 holding «مسئول» (50 ms, 1 ms from the
 * bitmap), and sorted 2,797 phrase matches it thought were 20.
 */
export async function searchDesk(db: DeskDb, user: DeskUser, query: string, limit: number, cap?: number): Promise<DeskSearchResponse> {
  const parsed = parseQuery(query)
  const countCap = cap ?? DESK_SEARCH_COUNT_CAP
  const tsquery = toTsQuery(parsed)
  if (tsquery === null) return { hits: [], terms: [], total: 0, totalIsAtLeast: false }
  // Two statements rather than "($2 OR owner_id = $3)", so each plans for its own index.
  const everyone = user.role !== 'columnist'
  const where = everyone ? 's.search_terms @@ $1::tsquery' : 's.search_terms @@ $1::tsquery AND s.owner_id = $2'
  const params: unknown[] = everyone ? [tsquery] : [tsquery, user.id]
  const [nAt, limitAt] = [`$${params.length + 1}`, `$${params.length + 2}`]
  const select = `SELECT a.id, a.version, o.name AS owner, a.status, a.updated_at, a.title, a.author, a.pull_quote, a.blocks
                    FROM desk_articles a JOIN desk_users o ON o.id = a.owner_id`
  const terms = shownTerms(parsed)
  return db.transaction(async (q) => {
    const { plan, atMost } = await choosePlan(q, { parsed, ownerId: everyone ? null : user.id, countCap, limit })
    /** The newest matches, up to `n`, walking the change order backwards (an index walk, no bitmap). */
    const newest = async (n: number): Promise<string[]> => {
      await q.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = on; SET LOCAL enable_bitmapscan = off')
      return (await q.query<{ id: string }>(`SELECT s.id FROM desk_search s WHERE ${where} ORDER BY s.seq DESC LIMIT ${nAt}`, [...params, n])).rows.map(
        (r) => r.id
      )
    }
    // How many match, counted up to countCap + 1, and the page's ids.
    let n: number
    let ids: string[]
    if (plan === 'known past the cap') {
      n = countCap + 1
      ids = await newest(limit)
    } else if (plan === 'own articles') {
      const found = await newest(Math.max(countCap + 1, limit))
      n = Math.min(found.length, countCap + 1)
      ids = found.slice(0, limit)
    } else {
      // The GIN index's bitmap only: no sequential scan, no index walk. Every match when there
      // are few (atMost), else up to the cap.
      const reading = plan === 'every match' ? Math.max(atMost, countCap) + 1 : countCap + 1
      await q.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off')
      const found = await q.query<{ n: string; ids: string[] }>(
        `WITH m AS MATERIALIZED (SELECT s.id, s.seq FROM desk_search s WHERE ${where} LIMIT ${nAt})
         SELECT (SELECT count(*) FROM m) AS n, ARRAY(SELECT id FROM m ORDER BY seq DESC LIMIT ${limitAt}) AS ids`,
        [...params, reading, limit]
      )
      n = Number(found.rows[0]!.n)
      ids = n >= reading ? await newest(limit) : found.rows[0]!.ids
      n = Math.min(n, countCap + 1)
    }
    // The page: its articles by primary key, in the search's order.
    const rows = ids.length === 0 ? [] : (await q.query<HitRow>(`${select} WHERE a.id = ANY($1::text[]) ORDER BY a.seq DESC`, [ids])).rows
    return { hits: rows.map((r) => toHit(r, terms)), terms: describeTerms(parsed), total: Math.min(n, countCap), totalIsAtLeast: n > countCap }
  })
}
