// What a person types into the search box, turned into an FTS5 query that can never fail or be
// injected: every token is our own double-quoted string, and nothing the user typed reaches
// FTS5 as syntax. Words are ANDed; "…" is a phrase (an unclosed quote runs to the end);
// a trailing * makes the last token a prefix; a word that normalization splits (e.g. "أ-ب")
// becomes a phrase of its parts, exactly as the index tokenized it.
import { normalizeArabic } from '../../shared/arabic/index'

export interface SearchTerm {
  tokens: string[]
  /** The last token matches as a prefix. */
  prefix: boolean
}

/** The index's notion of a token: unicode61 keeps letters, digits and private-use characters. */
export const TOKEN_RE = /[\p{L}\p{N}\p{Co}]+/gu

export function searchTokens(text: string): string[] {
  return Array.from(normalizeArabic(text).matchAll(TOKEN_RE), (m) => m[0].toLowerCase())
}

const QUOTES = /["\u201C\u201D\u201E\u00AB\u00BB]/

function term(raw: string, phrase: boolean): SearchTerm | null {
  const tokens = searchTokens(raw)
  if (tokens.length === 0) return null
  // A prefix of one letter would match most of the library: ignore the star there.
  const prefix = /\*\s*$/.test(raw) && (tokens.length > 1 || [...tokens[0]!].length >= 2)
  return phrase || tokens.length > 1 || prefix ? { tokens, prefix } : { tokens, prefix: false }
}

export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  const seen = new Set<string>()
  const add = (t: SearchTerm | null): void => {
    if (!t) return
    const key = `${t.tokens.join(' ')}${t.prefix ? '*' : ''}`
    if (!seen.has(key)) {
      seen.add(key)
      terms.push(t)
    }
  }
  const segments = query.split(QUOTES)
  segments.forEach((segment, i) => {
    // Odd segments sit between quotes.
    if (i % 2 === 1) add(term(segment, true))
    else for (const word of segment.split(/\s+/)) add(term(word, false))
  })
  return terms
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`
}

/** The FTS5 MATCH expression, or null when nothing searchable remains. */
export function toFtsQuery(terms: readonly SearchTerm[]): string | null {
  if (terms.length === 0) return null
  return terms.map((t) => `${quote(t.tokens.join(' '))}${t.prefix ? '*' : ''}`).join(' AND ')
}

/** How the query was understood, for display. */
export function describeTerms(terms: readonly SearchTerm[]): string[] {
  return terms.map((t) => {
    const body = t.tokens.join(' ')
    return `${t.tokens.length > 1 ? `"${body}"` : body}${t.prefix ? '*' : ''}`
  })
}
