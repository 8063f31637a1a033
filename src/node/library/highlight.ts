// Finding the query's terms in original text and reporting ranges in that original text: the
// text is normalized with an offset map, tokenized as the index tokenizes, matched, and each
// match mapped back, so a highlight covers the word as written (hamza, tashkeel, tatweel and all).
// Work is lazy, paragraph by paragraph: a snippet for a hit in the first paragraph never
// normalizes the rest of a long body, and only the tokens shown are mapped back. Paragraphs
// where no match can start (no term's first token appears in their normalized text, a cheap
// test) are never tokenized, so a hit whose body lacks the words (a title match) costs one
// quick pass instead of tokenizing the whole body.
import type { Range } from '../../shared/api/library'
import { normalizeArabic, normalizeWithMap, toOriginalRange, type NormalizedText } from '../../shared/arabic/index'
import { normalizeForStems } from '../../shared/arabic/normalize'
import { cachedStemKeys } from '../../shared/arabic/stem'
import { TOKEN_RE, type SearchTerm } from './search-query'

interface Token {
  text: string
  start: number
  end: number
  paragraph: number
}

/** Paragraphs already normalized, by their offset in the text. */
type ParagraphCache = Map<number, NormalizedText>

function normalizedParagraph(source: string, at: number, end: number, cache: ParagraphCache): NormalizedText {
  let norm = cache.get(at)
  if (!norm) {
    norm = normalizeWithMap(source.slice(at, end))
    cache.set(at, norm)
  }
  return norm
}

class TokenStream {
  private readonly tokens: Token[] = []
  private readonly paragraphs: { norm: NormalizedText; offset: number }[] = []
  private next: number
  /** Tokenizes the last loaded paragraph on demand: a long one-paragraph body is read only up to the tokens asked for. */
  private readonly tokenRe = new RegExp(TOKEN_RE.source, TOKEN_RE.flags)
  private reading = false

  /** Tokens of `source` from `start`, the offset of a paragraph's first character. */
  constructor(
    private readonly source: string,
    start = 0,
    private readonly normalized: ParagraphCache = new Map()
  ) {
    this.next = start
  }

  /** Reads on until token `i` exists; false when the text has no token `i`. */
  has(i: number): boolean {
    while (this.tokens.length <= i) if (!this.pull()) return false
    return true
  }

  text(i: number): string {
    return this.tokens[i]!.text
  }

  /** The stem keys of token `i`, read from the original text (where ة and hamza are still there). */
  stems(i: number): string[] {
    const [a, b] = this.range(i)
    return cachedStemKeys(normalizeForStems(this.source.slice(a, b)).toLowerCase())
  }

  range(i: number): Range {
    const t = this.tokens[i]!
    const p = this.paragraphs[t.paragraph]!
    const [a, b] = toOriginalRange(p.norm, t.start, t.end)
    return [a + p.offset, b + p.offset]
  }

  /** Adds the next token; false at the end of the text. */
  private pull(): boolean {
    for (;;) {
      if (this.reading) {
        const paragraph = this.paragraphs.length - 1
        const m = this.tokenRe.exec(this.paragraphs[paragraph]!.norm.text)
        if (m) {
          this.tokens.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, paragraph })
          return true
        }
        this.reading = false
      }
      if (!this.load()) return false
    }
  }

  private load(): boolean {
    if (this.next > this.source.length) return false
    let end = this.source.indexOf('\n', this.next)
    if (end < 0) end = this.source.length
    const norm = normalizedParagraph(this.source, this.next, end, this.normalized)
    this.paragraphs.push({ norm, offset: this.next })
    this.tokenRe.lastIndex = 0
    this.reading = true
    this.next = end + 1
    return true
  }
}

/** Length in tokens of the longest term matching at token `i`, 0 if none does. */
function matchAt(stream: TokenStream, i: number, terms: readonly SearchTerm[]): number {
  let best = 0
  for (const t of terms) {
    const n = t.tokens.length
    if (n <= best || !stream.has(i + n - 1)) continue
    let ok = true
    for (let k = 0; k < n && ok; k++) {
      const token = stream.text(i + k)
      const want = t.tokens[k]!
      ok = k === n - 1 && t.prefix ? token.startsWith(want) : token === want
    }
    if (!ok && t.stems !== null) ok = stemMatches(stream, i, t, t.stems)
    if (ok) best = n
  }
  return best
}

/** A folded single-word term: the token holds the stem's letters and has the stem's key. */
function stemMatches(stream: TokenStream, i: number, t: SearchTerm, stems: readonly string[]): boolean {
  const text = stream.text(i)
  if (!stems.some((k) => text.includes(needle(k)))) return false
  return stream.stems(i).some((key) => stems.some((k) => (t.prefix ? key.startsWith(k) : key === k)))
}

/**
 * Letters every form of a stem shows in search-folded text: the key without an ending that
 * forms write another way (ة, ى, ء, and ت or ا before a pronoun).
 */
function needle(stem: string): string {
  return stem.length > 1 && /[ةىءتا]$/.test(stem) ? stem.slice(0, -1) : stem
}

/** What a paragraph must contain for a term to match in it (any of these). */
function needles(t: SearchTerm): string[] {
  return t.stems === null ? [t.tokens[0]!] : [t.tokens[0]!, ...t.stems.map(needle)]
}

function rangesBetween(stream: TokenStream, from: number, to: number, terms: readonly SearchTerm[], shift: number): Range[] {
  const out: Range[] = []
  for (let i = from; i < to && stream.has(i); i++) {
    const n = matchAt(stream, i, terms)
    if (n === 0 || i + n > to) continue
    out.push([stream.range(i)[0] + shift, stream.range(i + n - 1)[1] + shift])
    i += n - 1
  }
  return out
}

/** Ranges of every match in `text`. */
export function highlightRanges(text: string, terms: readonly SearchTerm[]): Range[] {
  return rangesBetween(new TokenStream(text), 0, Number.MAX_SAFE_INTEGER, terms, 0)
}

export interface Snippet {
  text: string
  highlights: Range[]
}

const BEFORE = 10
const AFTER = 20
const ELLIPSIS = '… '
const ELLIPSIS_END = ' …'

/**
 * About 30 tokens of `source` around its first match (or from its start when it has none),
 * line breaks flattened to spaces, "…" marking cut ends; null when `source` has no match
 * and `requireMatch` is set.
 */
export function snippetOf(source: string, terms: readonly SearchTerm[], requireMatch: boolean): Snippet | null {
  const found = firstMatch(source, terms)
  if (!found && requireMatch) return null
  const { stream, first, start: streamStart } = found ?? { stream: new TokenStream(source), first: -1, start: 0 }
  if (!stream.has(0)) return { text: source.replace(/\s+/g, ' ').trim(), highlights: [] }
  const anchor = Math.max(first, 0)
  const from = Math.max(0, anchor - BEFORE)
  let to = anchor + AFTER
  const atEnd = !stream.has(to)
  while (!stream.has(to - 1)) to--
  const start = from === 0 && !hasTokensBefore(source, streamStart) ? 0 : stream.range(from)[0]
  const end = atEnd ? source.length : stream.range(to - 1)[1]
  const lead = start > 0 ? ELLIPSIS : ''
  const text = lead + source.slice(start, end).replace(/[\r\n]/g, ' ') + (end < source.length ? ELLIPSIS_END : '')
  return { text, highlights: rangesBetween(stream, from, to, terms, lead.length - start) }
}

/** Offset of the first paragraph at or after `from` where a match may start, -1 if none. */
function candidateParagraph(source: string, from: number, firstTokens: readonly string[], cache: ParagraphCache): number {
  let at = from
  while (at <= source.length) {
    let end = source.indexOf('\n', at)
    if (end < 0) end = source.length
    // Lowercased as the tokens are, so the test never misses a paragraph tokens would match.
    // The usual hit's first paragraph is a candidate: normalized once, with the offset map the
    // tokens need, and kept for them.
    const text = normalizedParagraph(source, at, end, cache).text.toLowerCase()
    if (firstTokens.some((t) => text.includes(t))) return at
    at = end + 1
  }
  return -1
}

function paragraphBefore(source: string, at: number): number {
  return at <= 1 ? 0 : source.lastIndexOf('\n', at - 2) + 1
}

const ANY_TOKEN = /[\p{L}\p{N}\p{Co}]/u

function hasTokensBefore(source: string, at: number): boolean {
  return at > 0 && ANY_TOKEN.test(normalizeArabic(source.slice(0, at)))
}

interface FirstMatch {
  /** Tokens from a paragraph start: the match's and, when the text has them, BEFORE more. */
  stream: TokenStream
  /** The match's token index in `stream`. */
  first: number
  /** Offset in the text of the stream's first paragraph. */
  start: number
}

/** The first match in `source` and a stream to cut its snippet from; null when it has none. */
function firstMatch(source: string, terms: readonly SearchTerm[]): FirstMatch | null {
  const firstTokens = terms.flatMap(needles)
  const cache: ParagraphCache = new Map()
  for (let at = candidateParagraph(source, 0, firstTokens, cache); at >= 0;) {
    let end = source.indexOf('\n', at)
    if (end < 0) end = source.length
    let stream = new TokenStream(source, at, cache)
    let first = -1
    // Matches starting in this paragraph (a phrase may run on into the next ones).
    for (let i = 0; first < 0 && stream.has(i) && stream.range(i)[0] < end; i++) if (matchAt(stream, i, terms) > 0) first = i
    if (first < 0) {
      at = candidateParagraph(source, end + 1, firstTokens, cache)
      continue
    }
    // Earlier paragraphs hold no match, but the snippet shows up to BEFORE tokens before it.
    let start = at
    while (first < BEFORE && start > 0) {
      const previous = new TokenStream(source, paragraphBefore(source, start), cache)
      let added = 0
      while (previous.has(added) && previous.range(added)[0] < start) added++
      start = paragraphBefore(source, start)
      stream = previous
      first += added
    }
    return { stream, first, start }
  }
  return null
}
