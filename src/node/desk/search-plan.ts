// How a desk search finds its matches (issue 14), chosen from what desk_lexemes (migration 008)
// says of the query's words: how many articles hold each, exactly. PostgreSQL's own statistics
// guess a word's articles within 5× to 100×, and its planner prices the GIN bitmap as if each
// match were checked on its row, so the plan is chosen here (./search.ts runs it):
// - "known past the cap": the query is one group of alternatives (a word with its forms and stem
//   keys, or words joined by OR; no exclusion) and one of its lexemes alone is in more articles
//   than the count's cap, densely enough that the walk newest first finds a page soon. "More
//   than the cap" is then certain without the bitmap of the posting lists (30 to 90 ms for a
//   common word at 1,000,000 articles);
// - "own articles": a columnist whose query's posting lists are long beside the number of
//   articles they own: reading each of their articles beats reading the lists;
// - "every match": the query's matches are known to be few (at most the sum of its lexemes'
//   articles), so the bitmap reads them all and keeps the newest, where a walk newest first
//   would read many articles for each match it finds;
// - "bitmap": the GIN index's matches counted up to the cap; past it, the page from the walk.
import { keysAsForms, type ParsedQuery, type SearchTerm } from '../library/search-query'
import type { Queryable } from './db'
import { markedStem } from './search-index'

/** One lexeme of the index, or every lexeme starting with `text`. */
export interface Lexeme {
  text: string
  prefix: boolean
}

/**
 * The lexemes a term matches through, any one of them a match: the word as typed, its keys
 * where they stand as forms (no clitic, or the article alone), and its marked stem keys among
 * the clitic-bearing words. For a phrase, its words, all needed and in order.
 */
export function termLexemes(t: SearchTerm): Lexeme[] {
  if (t.stems === null) return t.tokens.map((text, i) => ({ text, prefix: t.prefix && i === t.tokens.length - 1 }))
  const word = t.tokens[0]!
  const forms = [word, ...keysAsForms({ ...t, stems: t.stems })]
  return [...forms, ...t.stems.map(markedStem)].map((text) => ({ text, prefix: t.prefix }))
}

const isPhrase = (t: SearchTerm): boolean => t.stems === null && t.tokens.length > 1

/**
 * How many of a columnist's own articles one GIN posting costs, near enough: reading one of
 * their articles and checking it takes about 7 µs (1,000 in 7 ms at 1,000,000 articles), one
 * posting turned into the bitmap about 0.13 µs (227,000 in 30 ms).
 */
export const POSTINGS_PER_OWN_ARTICLE = 50

/**
 * The most rows the walk newest first may expect to read for each match it keeps, for "known
 * past the cap" to be taken: a word in 1% of the desk gives a page of 20 in about 2,000 rows (a
 * few milliseconds). On a desk so large that a word past the cap is rarer than that, it is
 * counted on the bitmap instead.
 */
export const WALK_ROWS_PER_HIT = 100

/** The longest run of lexemes a prefix's figures are read from; past it they are lower bounds only. */
const PREFIX_SPAN = 10_000

export type SearchPlan = 'known past the cap' | 'own articles' | 'every match' | 'bitmap'

export interface PlanInput {
  parsed: ParsedQuery
  /** The asking columnist's id, or null for someone who sees the whole desk. */
  ownerId: number | null
  countCap: number
  /** The page's size. */
  limit: number
}

export interface Plan {
  plan: SearchPlan
  /** At most this many match (Infinity: unknown): a group's lexemes' articles summed, a phrase's rarest word. */
  atMost: number
}

interface Figures {
  /** The most articles one lexeme of the range is in. */
  most: number
  /** The articles of the range's lexemes, summed (the postings the GIN index reads for it). */
  sum: number
  /** Whether the range was read whole (a prefix of very many lexemes is not). */
  whole: boolean
}

const key = (l: Lexeme): string => `${l.prefix ? '*' : '='}${l.text}`

/** For each distinct lexeme (or prefix) of the query, its figures; and the asker's articles and the desk's. */
async function figures(q: Queryable, lexemes: Lexeme[], ownerId: number | null): Promise<{ of: Map<string, Figures>; own: number; desk: number }> {
  const unique = [...new Map(lexemes.map((l) => [key(l), l])).values()]
  // Each a range of desk_lexemes' key (collation "C": byte order, as tsquery's prefixes match):
  // the word alone, or the prefix up to itself followed by the last code point.
  const { rows } = await q.query<{ most: (number | null)[]; sum: (string | null)[]; n: string[]; own: string; desk: number | null }>(
    `SELECT array_agg(x.most ORDER BY p.i) AS most, array_agg(x.sum ORDER BY p.i) AS sum, array_agg(x.n ORDER BY p.i) AS n,
            (SELECT count(*) FROM desk_search WHERE owner_id = $3) AS own,
            (SELECT reltuples FROM pg_class WHERE oid = 'desk_search'::regclass) AS desk
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS p(lo, hi, i)
       CROSS JOIN LATERAL (SELECT max(articles) AS most, sum(articles) AS sum, count(*) AS n
                             FROM (SELECT articles FROM desk_lexemes WHERE lexeme BETWEEN p.lo AND p.hi LIMIT ${PREFIX_SPAN}) l) x`,
    [unique.map((l) => l.text), unique.map((l) => (l.prefix ? `${l.text}\u{10FFFF}` : l.text)), ownerId]
  )
  const r = rows[0]!
  const of = new Map(unique.map((l, i) => [key(l), { most: r.most?.[i] ?? 0, sum: Number(r.sum?.[i] ?? 0), whole: Number(r.n?.[i] ?? 0) < PREFIX_SPAN }]))
  // reltuples: PostgreSQL's estimate of the desk's size, kept by autovacuum on a server; -1
  // before the first ANALYZE, and on the embedded PostgreSQL (no autovacuum) what the last one
  // or an index build left. Enough to choose a plan: with no estimate (0), "every match" is
  // never taken and "known past the cap" always may be, whose walk then finds a page within
  // about limit × desk ÷ cap rows.
  return { of, own: Number(r.own), desk: Math.max(0, Number(r.desk ?? 0)) }
}

/** The plan for one search, and the bound on its matches that "every match" reads up to. */
export async function choosePlan(q: Queryable, p: PlanInput): Promise<Plan> {
  const lexemesOf = new Map([...p.parsed.all.flat(), ...p.parsed.none].map((t) => [t, termLexemes(t)]))
  const f = await figures(q, [...lexemesOf.values()].flat(), p.ownerId)
  const of = (l: Lexeme): Figures => f.of.get(key(l))!
  const upper = (l: Lexeme): number => (of(l).whole ? of(l).sum : Infinity)
  // A word matches through any of its lexemes; a phrase needs every one of its words.
  const termMost = (t: SearchTerm): number => {
    const each = lexemesOf.get(t)!.map(upper)
    return isPhrase(t) ? Math.min(...each) : each.reduce((a, b) => a + b, 0)
  }
  const termLeast = (t: SearchTerm): number => (isPhrase(t) ? 0 : Math.max(0, ...lexemesOf.get(t)!.map((l) => of(l).most)))
  // Groups are all needed (the fewest bounds them), their terms are alternatives (summed).
  const atMost = Math.min(...p.parsed.all.map((g) => g.reduce((a, t) => a + termMost(t), 0)))
  // At least this many match (0: unknown): the most articles one lexeme of a lone group of alternatives is in.
  const atLeast = p.parsed.all.length === 1 && p.parsed.none.length === 0 ? Math.max(0, ...p.parsed.all[0]!.map(termLeast)) : 0
  const postings = [...f.of.values()].reduce((s, x) => s + x.sum, 0)
  const rows = p.ownerId === null ? f.desk : f.own
  const plan = (name: SearchPlan): Plan => ({ plan: name, atMost })
  if (p.ownerId === null && atLeast > p.countCap && atLeast * WALK_ROWS_PER_HIT >= rows) return plan('known past the cap')
  if (p.ownerId !== null && postings > POSTINGS_PER_OWN_ARTICLE * f.own) return plan('own articles')
  // Reading every match (at most atMost rows) against the walk's rows for a page (at least
  // limit × rows ÷ atMost): each a visit to a heap page of its own, about 7 µs either way (at
  // 1,000,000 articles: 4,336 matches read in 34 ms, 4,600 rows walked in 28 ms).
  if (atMost > p.countCap && atMost * atMost <= p.limit * rows) return plan('every match')
  return plan('bitmap')
}
