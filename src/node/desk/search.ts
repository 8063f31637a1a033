// Searching the desk: the local search's query syntax (parsed by the same parser,
// src/node/library/search-query.ts) turned into a PostgreSQL tsquery over the index
// search-index.ts builds, within what the user may see (a columnist: their own articles only).
// The tsquery is written here as a literal of our own quoted lexemes, so nothing a person types
// reaches PostgreSQL as syntax. Snippets and highlights are made as the local library makes them.
import type { DeskContent, DeskSearchHit, DeskSearchResponse } from '../../shared/desk/contract'
import { snippetOf, highlightRanges } from '../library/highlight'
import { describeTerms, keysAsForms, parseQuery, shownTerms, type ParsedQuery, type SearchTerm } from '../library/search-query'
import type { DeskDb } from './db'
import { deskBodyText } from './search-index'
import type { DeskUser } from './users'

/** A lexeme as tsquery input reads it: quoted, quotes and backslashes escaped. */
function lexeme(word: string, weights: string, prefix: boolean): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${prefix ? '*' : ''}${weights}`
}

// The words themselves are weighted A (title), B (author, pull quote) and C (body); D holds stem keys.
const FORMS = 'ABC'
const STEMS = 'D'

function termQuery(t: SearchTerm): string {
  if (t.stems === null) {
    // A phrase (or one word taken exactly): its words in order, the last one a prefix when asked.
    return t.tokens.map((w, i) => lexeme(w, FORMS, t.prefix && i === t.tokens.length - 1)).join(' <-> ')
  }
  const word = t.tokens[0]!
  // As the local search: the word as typed, its keys where they stand as forms (no clitic, or
  // the article alone), and its stem keys among the clitic-bearing words.
  const forms = [word, ...keysAsForms({ ...t, stems: t.stems })]
  const parts = [...forms.map((w) => lexeme(w, FORMS, t.prefix)), ...t.stems.map((k) => lexeme(k, STEMS, t.prefix))]
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
  score: number
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
    score: Number(r.score),
    titleHighlights: highlightRanges(r.title, terms),
    snippet
  }
}

/** The articles `user` may see that match `query`, best first, at most `limit`, and how many match in all. */
export async function searchDesk(db: DeskDb, user: DeskUser, query: string, limit: number): Promise<DeskSearchResponse> {
  const parsed = parseQuery(query)
  const tsquery = toTsQuery(parsed)
  if (tsquery === null) return { hits: [], terms: [], total: 0 }
  const everyone = user.role !== 'columnist'
  const { rows } = await db.query<HitRow>(
    `SELECT a.id, a.version, o.name AS owner, a.status, a.updated_at, a.title, a.author, a.pull_quote, a.blocks,
            ts_rank(a.search, $1::tsquery) AS score
       FROM desk_articles a JOIN desk_users o ON o.id = a.owner_id
      WHERE a.search @@ $1::tsquery AND ($2 OR a.owner_id = $3)
      ORDER BY score DESC, a.seq DESC LIMIT $4`,
    [tsquery, everyone, user.id, limit]
  )
  const terms = shownTerms(parsed)
  let total = rows.length
  if (rows.length === limit) {
    const counted = await db.query<{ n: string }>(`SELECT count(*) AS n FROM desk_articles a WHERE a.search @@ $1::tsquery AND ($2 OR a.owner_id = $3)`, [
      tsquery,
      everyone,
      user.id
    ])
    total = Number(counted.rows[0]!.n)
  }
  return { hits: rows.map((r) => toHit(r, terms)), terms: describeTerms(parsed), total }
}
