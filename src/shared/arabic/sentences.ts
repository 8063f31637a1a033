import { isAbbreviation } from './abbreviations'

export interface Sentence {
  text: string
  start: number
  end: number
}

// Terminators, then closing quotes/brackets that belong to the sentence they close, then
// the whitespace before the next sentence. Catches what ICU misses (… followed by a space)
// and makes the result the same whether or not Intl.Segmenter exists or which ICU it has.
const TERMINATED = /(?:[.!?؟…‼⁇⁈⁉]+)[\p{Pe}\p{Pf}"'»›]*(?:\s+|$)/gu
const LINE_BREAK = /[\n\r\u2028\u2029]+\s*/g
const CLOSERS = /[\p{Pe}\p{Pf}"'»›]/u
const WORD_BEFORE = /[\p{L}\p{M}\p{N}\u0640]+$/u
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/
const LETTER = /^\p{L}$/u
const NUMBER_ONLY = /^[0-9\u0660-\u0669\u06F0-\u06F9]+\.$/
const LOWER_LATIN = /^[a-z]/

type SegmenterLike = { segment(s: string): Iterable<{ index: number }> }
let segmenter: SegmenterLike | null | undefined

function icuSegmenter(): SegmenterLike | null {
  if (segmenter === undefined) {
    const I = Intl as { Segmenter?: new (l: string, o: { granularity: string }) => SegmenterLike }
    segmenter = I.Segmenter ? new I.Segmenter('ar', { granularity: 'sentence' }) : null
  }
  return segmenter
}

/** ICU is given pieces of about this many characters (see candidateBoundaries). */
const ICU_PIECE = 2000

function candidateBoundaries(text: string): number[] {
  const own = new Set<number>()
  for (const m of text.matchAll(TERMINATED)) own.add(m.index + m[0].length)
  for (const m of text.matchAll(LINE_BREAK)) own.add(m.index + m[0].length)
  const ownSorted = [...own].sort((a, b) => a - b)
  const all = new Set(own)
  const seg = icuSegmenter()
  if (seg) {
    // V8's segment iterator costs time in proportion to the whole string at each step, so
    // one call on a long text is quadratic (80k chars: over a second). Cut the text into
    // short pieces at breaks our own rules found anyway.
    let p = 0
    let k = 0
    while (p < text.length) {
      while (k < ownSorted.length && ownSorted[k]! <= p) k++
      let cut = k < ownSorted.length ? ownSorted[k]! : text.length
      for (let j = k; j < ownSorted.length && ownSorted[j]! <= p + ICU_PIECE; j++) cut = ownSorted[j]!
      for (const s of seg.segment(text.slice(p, cut))) all.add(p + s.index)
      p = cut
    }
  }
  return [...all].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b)
}

/**
 * Whether the break at `b` (start of the next sentence) is a false one. `from` is where the
 * sentence that ends at `b` began.
 */
function isFalseBreak(text: string, from: number, b: number): boolean {
  let e = b
  while (e > from && /\s/.test(text[e - 1]!)) e--
  if (/[\n\r\u2028\u2029]/.test(text.slice(e, b))) return false
  const spaced = e < b
  let k = e
  while (k > from && CLOSERS.test(text[k - 1]!)) k--
  let t = k
  while (t > from && '.!?؟…'.includes(text[t - 1]!)) t--
  const last = text[k - 1]
  if (last !== '.' && last !== '…') return false
  // "ص.ب", "U.S.", "3.5", "www.x.com", "ماذا..ثم": a dot with no space after is no break.
  if (!spaced) return true
  // Only a lone full stop is ambiguous: "..", "…", "؟." and "!." end sentences.
  if (k - t !== 1 || last !== '.') return false
  const next = text.slice(b, b + 1)
  const head = text.slice(Math.max(from, t - 64), t)
  const word = WORD_BEFORE.exec(head)?.[0] ?? ''
  const before = head.slice(0, head.length - word.length).trimEnd()
  // "22. 9. 2014": a date written with dots and spaces.
  if (DIGIT.test(word[word.length - 1] ?? '') && DIGIT.test(next)) return true
  // "د. أحمد", "J. Smith" — but not the era letter after a year, "عام 2014 م."
  if (word.length === 1 && LETTER.test(word) && !DIGIT.test(before[before.length - 1] ?? '')) return true
  if (word.length > 1 && isAbbreviation(word)) return true
  // "1. البند الأول": an enumerator, not a sentence.
  if (NUMBER_ONLY.test(text.slice(from, k).trim())) return true
  // ICU's rule for Latin: a full stop followed by a lowercase word does not end a sentence.
  if (LOWER_LATIN.test(next)) return true
  return false
}

/**
 * Sentences with offsets into `text`. Intl.Segmenter proposes breaks, our own rules add the
 * ones it misses, and false breaks after abbreviations, initials, enumerators and dates are
 * dropped. Closing quotes and brackets stay with the sentence they close.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let from = 0
  const push = (a: number, b: number): void => {
    let s = a
    let e = b
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e })
  }
  for (const b of candidateBoundaries(text)) {
    if (isFalseBreak(text, from, b)) continue
    push(from, b)
    from = b
  }
  push(from, text.length)
  return out
}
