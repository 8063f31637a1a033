// What a person types into the search box, turned into an FTS5 query that can never fail or be
// injected: every token is our own double-quoted string, and nothing the user typed reaches
// FTS5 as syntax. The syntax (docs/arabic-text.md, `amud help search`):
// - words are ANDed, and each finds its forms with clitics (للأزمة for الأزمة) through the
//   stems column; its exact form ranks above the others;
// - "…" is an exact phrase: no clitic folding inside (an unclosed quote runs to the end);
// - -word or -"phrase" excludes; OR between two words or phrases takes either;
// - a trailing * makes the last token a prefix (a one-letter prefix is taken as the word);
// - a word that normalization splits (e.g. "أ-ب") becomes a phrase of its parts, exactly as
//   the index tokenized it.
// Nothing is an error: a dangling OR is dropped, a query of exclusions only is searched as
// plain words, and a lone OR is the word "or".
import { normalizeArabic } from '../../shared/arabic/index'
import { normalizeForStems } from '../../shared/arabic/normalize'
import { ARTICLE_MIN, foldKept, stemKeys } from '../../shared/arabic/stem'

export interface SearchTerm {
  /** Search-folded tokens: one word, or a phrase. */
  tokens: string[]
  /** The last token matches as a prefix. */
  prefix: boolean
  /**
   * The stem keys the term also matches through (a single word, folding on); for a prefix,
   * the prefix without its article. Null inside quotes and for phrases.
   */
  stems: string[] | null
  /** Typed between quotes. */
  quoted: boolean
}

export interface ParsedQuery {
  /** ANDed groups; the terms of one group are ORed. */
  all: SearchTerm[][]
  /** Excluded terms. */
  none: SearchTerm[]
}

/** A token, for the index (008-search-tokens.ts writes its columns split by this) and for queries: letters, digits, private-use characters. */
export const TOKEN_RE = /[\p{L}\p{N}\p{Co}]+/gu

export function searchTokens(text: string): string[] {
  return Array.from(normalizeArabic(text).matchAll(TOKEN_RE), (m) => m[0].toLowerCase())
}

const QUOTES = /["\u201C\u201D\u201E\u00AB\u00BB]/
const ARABIC_WORD = /^[\u0621-\u064A]+$/
/** Dashes a person may type before a word to exclude it. */
const MINUS = /^[-\u2212\u2013]/

/** The article and the letters before it, as a prefix search strips them («الحكوم*» → حكوم*). */
const ARTICLE_PREFIX = /^(?:[وف]?[بك]?ال|[وف]?لل)/

function stemsOf(raw: string, prefix: boolean): string[] | null {
  const words = Array.from(normalizeForStems(raw).matchAll(TOKEN_RE), (m) => m[0].toLowerCase())
  if (words.length !== 1 || !ARABIC_WORD.test(words[0]!)) return null
  const word = words[0]!
  if (!prefix) return stemKeys(word)
  const article = ARTICLE_PREFIX.exec(word)
  const rest = article && word.length - article[0].length >= ARTICLE_MIN ? word.slice(article[0].length) : word
  return [foldKept(rest)]
}

function term(raw: string, phrase: boolean): SearchTerm | null {
  const tokens = searchTokens(raw)
  if (tokens.length === 0) return null
  // A prefix of one letter would match most of the library: ignore the star there.
  const prefix = /\*\s*$/.test(raw) && (tokens.length > 1 || [...tokens[0]!].length >= 2)
  const stems = phrase || tokens.length > 1 ? null : stemsOf(raw, prefix)
  return { tokens, prefix, stems, quoted: phrase }
}

interface Item {
  kind: 'term' | 'or'
  term?: SearchTerm
  negative?: boolean
  raw: string
}

/** Splits the query into terms and OR markers, quotes first (odd segments sit between quotes). */
function items(query: string): Item[] {
  const out: Item[] = []
  const segments = query.split(QUOTES)
  segments.forEach((segment, i) => {
    if (i % 2 === 1) {
      // A minus right before the opening quote excludes the phrase.
      const before = out[out.length - 1]
      const negative = before?.kind === 'term' && before.term === undefined && before.raw === '-'
      if (negative) out.pop()
      const t = term(segment, true)
      if (t) out.push({ kind: 'term', term: t, negative, raw: segment })
      return
    }
    for (const word of segment.split(/\s+/)) {
      if (!word) continue
      if (word === 'OR') {
        out.push({ kind: 'or', raw: word })
        continue
      }
      const negative = MINUS.test(word)
      const body = negative ? word.replace(/^[-\u2212\u2013]+/, '') : word
      const t = term(body, false)
      // A bare "-" is kept for a phrase that may follow it.
      out.push(t ? { kind: 'term', term: t, negative, raw: word } : { kind: 'term', raw: word === '-' ? '-' : '' })
    }
  })
  return out.filter((x) => x.kind === 'or' || x.term)
}

function key(t: SearchTerm): string {
  return `${t.tokens.join(' ')}${t.prefix ? '*' : ''}${t.quoted ? '"' : ''}`
}

export function parseQuery(query: string): ParsedQuery {
  const list = items(query)
  const positives = list.filter((x) => x.kind === 'term' && !x.negative)
  // Only exclusions, or only ORs: the query makes no sense as syntax, so it is taken as words.
  if (positives.length === 0) {
    const words = list.map((x) => x.term ?? term('or', false)!)
    return dedupe({ all: words.map((t) => [t]), none: [] })
  }
  const all: SearchTerm[][] = []
  const none: SearchTerm[] = []
  let joinNext = false
  for (const x of list) {
    if (x.kind === 'or') {
      joinNext = all.length > 0
      continue
    }
    if (x.negative) {
      none.push(x.term!)
      joinNext = false
      continue
    }
    if (joinNext) all[all.length - 1]!.push(x.term!)
    else all.push([x.term!])
    joinNext = false
  }
  return dedupe({ all, none })
}

function dedupe(q: ParsedQuery): ParsedQuery {
  const seen = new Set<string>()
  const all = q.all.map((group) => group.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)))).filter((g) => g.length > 0)
  const none = q.none.filter((t) => !seen.has(key(t)))
  return { all, none }
}

/** The positive terms, for highlights (excluded words are never in a hit). */
export function shownTerms(q: ParsedQuery): SearchTerm[] {
  return q.all.flat()
}

/** Kept for callers that only need the words: the positive terms of `query`. */
export function parseSearchQuery(query: string): SearchTerm[] {
  return shownTerms(parseQuery(query))
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`
}

const FORMS = '{title author pull_quote body}'

/**
 * The spellings under which a word's forms stand in the ordinary word columns rather than among
 * the stem keys: a word without clitics, spelled as its key folded (حكومه), and a word whose only
 * clitic is the article (الحكومه; see indexedKeys). The word as typed is not repeated. The local
 * search and the desk's both look there.
 */
export function keysAsForms(t: SearchTerm & { stems: readonly string[] }): string[] {
  const spellings = t.stems.map(foldKept).flatMap((k) => ([...k].length >= ARTICLE_MIN ? [k, `ال${k}`] : [k]))
  return [...new Set(spellings)].filter((k) => k !== t.tokens[0])
}

function termExpression(t: SearchTerm): string {
  const star = t.prefix ? '*' : ''
  const form = `${quote(t.tokens.join(' '))}${star}`
  if (t.stems === null) return `${FORMS} : ${form}`
  const stems = t.stems.map((k) => `${quote(k)}${star}`)
  const asForms = keysAsForms({ ...t, stems: t.stems }).map((k) => `${quote(k)}${star}`)
  const forms = asForms.length ? `(${[form, ...asForms].join(' OR ')})` : form
  const inStems = stems.length > 1 ? `(${stems.join(' OR ')})` : stems[0]!
  return `(${FORMS} : ${forms} OR stems : ${inStems})`
}

/** The FTS5 MATCH expression, or null when nothing searchable remains. */
export function toFtsQuery(parsed: ParsedQuery): string | null {
  if (parsed.all.length === 0) return null
  const positive = parsed.all.map((group) => (group.length === 1 ? termExpression(group[0]!) : `(${group.map(termExpression).join(' OR ')})`)).join(' AND ')
  if (parsed.none.length === 0) return positive
  return `(${positive}) NOT (${parsed.none.map(termExpression).join(' OR ')})`
}

function describe(t: SearchTerm): string {
  const body = t.tokens.join(' ')
  return `${t.tokens.length > 1 || t.quoted ? `"${body}"` : body}${t.prefix ? '*' : ''}`
}

/** How the query was understood, for display: one entry per ANDed group, then each exclusion. */
export function describeTerms(parsed: ParsedQuery): string[] {
  return [...parsed.all.map((g) => g.map(describe).join(' OR ')), ...parsed.none.map((t) => `-${describe(t)}`)]
}
