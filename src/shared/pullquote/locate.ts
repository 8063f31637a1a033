// Keeping the pull quote true to the body. Editors trim and respell quotes, so an exact search is
// tried first and then a word-level local alignment: the quote's words must appear in order in
// one contiguous body span, where an ellipsis in the quote lets body words be skipped for free.
import { locatePhrase, normalizeArabic, normalizeWithMap } from '../arabic'
import type { PullQuoteLocation } from './types'

/** Below this similarity the quote is 'missing': it is no longer what the body says. */
export const FOUND_SIMILARITY = 0.8
/** Shorter quotes must match exactly: three common words in order prove nothing. */
const MIN_FUZZY_WORDS = 4
/** A word respelled beyond what normalization folds (a dropped و, one letter changed) counts this much. */
const NEAR_WORD = 0.75

const SURROUNDING = /^[\s"'«»“”„‟‹›]+|[\s"'«»“”„‟‹›]+$/g
const ELLIPSIS = /…|\.{2,}/g

interface Word {
  key: string
  /** The key without a leading و/ف, which editors drop or add. */
  bare: string
  start: number
  end: number
}

function bareOf(w: string): string {
  return w.length > 2 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w
}

const LETTER_RUN = /[\p{L}\p{M}\p{N}]+/gu

/** Words as letter runs of the normalized text, with their offsets in the original text. */
function words(text: string): Word[] {
  const n = normalizeWithMap(text)
  const out: Word[] = []
  for (const m of n.text.matchAll(LETTER_RUN)) {
    out.push({ key: m[0], bare: bareOf(m[0]), start: n.map[m.index]!, end: n.map[m.index + m[0].length]! })
  }
  return out
}

/** Levenshtein distance ≤ 1, without allocating: this runs for every cell of the alignment. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a]
  if (a.length - b.length > 1) return false
  let i = 0
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  // After the first difference the rest must agree, shifted by one if a is longer.
  const skip = a.length === b.length ? 1 : 0
  for (let k = i + 1; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k - 1 + skip)) return false
  return true
}

/** 1 for the same word after normalization, NEAR_WORD for a near respelling, else 0. */
export function wordSimilarity(a: Pick<Word, 'key' | 'bare'>, b: Pick<Word, 'key' | 'bare'>): number {
  if (a.key === b.key) return 1
  if (a.bare === b.bare) return NEAR_WORD
  return a.key.length >= 4 && b.key.length >= 4 && withinOneEdit(a.key, b.key) ? NEAR_WORD : 0
}

/** One DP row: per quote position, the best alignment ending at the current body word. */
class Row {
  score: Float64Array
  matched: Float64Array
  /** First and last body words of the alignment's span; from = -1 for the empty alignment. */
  from: Int32Array
  to: Int32Array
  /** Body words skipped inside the span with no ellipsis in the quote to account for them. */
  extra: Int32Array

  constructor(size: number) {
    this.score = new Float64Array(size)
    this.matched = new Float64Array(size)
    this.from = new Int32Array(size).fill(-1)
    this.to = new Int32Array(size).fill(-1)
    this.extra = new Int32Array(size)
  }
}

/**
 * Smith–Waterman over words: +similarity for a match, -1 to skip a quote word, -1 to skip a body
 * word (0 right after an ellipsis in the quote), -1 to substitute. Returns the best span's
 * similarity: matched weight over (quote words + unexplained body words).
 */
function align(quote: Word[], gapAfter: boolean[], body: Word[]): { similarity: number; from: number; to: number } | null {
  const m = quote.length
  let prev = new Row(m + 1)
  let cur = new Row(m + 1)
  let best = { score: 0, matched: 0, from: -1, to: -1, extra: 0 }
  for (let j = 0; j < body.length; j++) {
    const bw = body[j]!
    for (let i = 1; i <= m; i++) {
      const sim = wordSimilarity(quote[i - 1]!, bw)
      // Diagonal: match (or substitute) quote word i with body word j.
      let score = prev.score[i - 1]! + (sim > 0 ? sim : -1)
      let matched = prev.matched[i - 1]! + sim
      let from = prev.from[i - 1]! < 0 ? j : prev.from[i - 1]!
      let to = j
      let extra = prev.extra[i - 1]!
      // Up: quote word i is not in the body.
      const us = cur.score[i - 1]! - 1
      if (cur.from[i - 1]! >= 0 && (us > score || (us === score && cur.matched[i - 1]! > matched))) {
        score = us
        matched = cur.matched[i - 1]!
        from = cur.from[i - 1]!
        to = cur.to[i - 1]!
        extra = cur.extra[i - 1]!
      }
      // Left: body word j is skipped, free where the quote has an ellipsis after word i.
      const free = gapAfter[i - 1] === true
      const ls = prev.score[i]! - (free ? 0 : 1)
      if (prev.from[i]! >= 0 && (ls > score || (ls === score && prev.matched[i]! > matched))) {
        score = ls
        matched = prev.matched[i]!
        from = prev.from[i]!
        to = prev.to[i]!
        extra = prev.extra[i]! + (free ? 0 : 1)
      }
      if (score <= 0) {
        score = 0
        matched = 0
        from = -1
        to = -1
        extra = 0
      }
      cur.score[i] = score
      cur.matched[i] = matched
      cur.from[i] = from
      cur.to[i] = to
      cur.extra[i] = extra
      if (score > best.score || (score === best.score && score > 0 && matched > best.matched)) best = { score, matched, from, to, extra }
    }
    ;[prev, cur] = [cur, prev]
  }
  if (best.from < 0) return null
  return { similarity: best.matched / (m + best.extra), from: best.from, to: best.to }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u
const PROCLITICS = /^[وفبلك]{1,2}$/

/**
 * An exact hit widened to whole words: the substring search may start after a proclitic the
 * editor dropped (فالشيخوخة → الشيخوخة), which joins the span; any other mid-word hit is no hit.
 */
function wholeWords(text: string, hit: { start: number; end: number }): { start: number; end: number } | null {
  if (hit.end < text.length && WORD_CHAR.test(text[hit.end]!)) return null
  let w = hit.start
  while (w > 0 && WORD_CHAR.test(text[w - 1]!)) w--
  if (w < hit.start && !PROCLITICS.test(normalizeArabic(text.slice(w, hit.start)))) return null
  return { start: w, end: hit.end }
}

/** The quote without the quotation marks and spaces around it (line 2 wraps it in ” ”). */
function clean(quote: string): string {
  return quote.replace(SURROUNDING, '')
}

/** For each quote word, whether an ellipsis stands between it and the next. */
function ellipsisGaps(text: string, qs: Word[]): boolean[] {
  const marks = [...text.matchAll(ELLIPSIS)].map((m) => m.index)
  return qs.map((w, i) => {
    const next = qs[i + 1]
    return next !== undefined && marks.some((at) => at >= w.end && at < next.start)
  })
}

/** Where the pull quote stands in the body, allowing the trims and respellings editors make. */
export function locatePullQuote(paragraphs: readonly string[], quote: string): PullQuoteLocation {
  const text = clean(quote)
  const qs = words(text)
  if (qs.length === 0) return { state: 'empty' }
  for (let p = 0; p < paragraphs.length; p++) {
    const exact = locatePhrase(paragraphs[p]!, text)
    const hit = exact && wholeWords(paragraphs[p]!, exact)
    if (hit) return { state: 'found', paragraph: p, start: hit.start, end: hit.end, similarity: 1 }
  }
  if (qs.length < MIN_FUZZY_WORDS) return { state: 'missing', similarity: 0 }
  const gaps = ellipsisGaps(text, qs)
  let found: { p: number; similarity: number; from: number; to: number } | null = null
  for (let p = 0; p < paragraphs.length; p++) {
    const body = words(paragraphs[p]!)
    const a = align(qs, gaps, body)
    if (a && (!found || a.similarity > found.similarity)) found = { p, similarity: a.similarity, from: body[a.from]!.start, to: body[a.to]!.end }
  }
  if (!found) return { state: 'missing', similarity: 0 }
  const similarity = Math.round(found.similarity * 1000) / 1000
  if (found.similarity < FOUND_SIMILARITY) return { state: 'missing', similarity }
  return { state: 'found', paragraph: found.p, start: found.from, end: found.to, similarity }
}
