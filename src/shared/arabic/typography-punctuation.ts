import { isArabicLetter, isDigitChar, isHSpace } from './chars'
import type { Finding, Rule } from './typography-types'

const LATIN_TO_ARABIC: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' }
const SKIP_BACK = /[\p{M}\u0640\p{Pe}\p{Pf}"'»]/u
const SKIP_FORWARD = /[\p{M}\p{Ps}\p{Pi}"'«]/u
const URL_TOKEN = /(?:https?:\/\/|www\.)/i

/** The nearest character before `i` that says which script the context is in. */
function contextBefore(text: string, i: number): string | undefined {
  let k = i - 1
  while (k >= 0 && (isHSpace(text[k]) || SKIP_BACK.test(text[k]!))) k--
  return text[k]
}

function contextAfter(text: string, i: number): string | undefined {
  let k = i + 1
  while (k < text.length && (isHSpace(text[k]) || SKIP_FORWARD.test(text[k]!))) k++
  return text[k]
}

function inUrl(text: string, i: number): boolean {
  let a = i
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--
  let b = i
  while (b < text.length && !/\s/.test(text[b]!)) b++
  return URL_TOKEN.test(text.slice(a, b))
}

/** Latin , ; ? next to Arabic letters → ، ؛ ؟ (never between digits: 3,5 stays). */
export const latinPunctuation: Rule = (text) => {
  const out: Finding[] = []
  for (const m of text.matchAll(/[,;?]/g)) {
    const i = m.index
    if (isDigitChar(text[i - 1]) && isDigitChar(text[i + 1])) continue
    if (!isArabicLetter(contextBefore(text, i)) && !isArabicLetter(contextAfter(text, i))) continue
    if (inUrl(text, i)) continue
    out.push({ start: i, end: i + 1, replacement: LATIN_TO_ARABIC[m[0]]!, found: m[0] })
  }
  return out
}

/**
 * The canonical form of a run of marks: identical marks once (dots up to three, an
 * ellipsis), at most one question mark and one exclamation mark in the order written
 * (؟! and !؟ are allowed), and no full stop after them (an ellipsis after them, ؟..., stays).
 */
export function canonicalMarks(run: string): string {
  let prev = ''
  let s = run
  while (s !== prev) {
    prev = s
    s = s
      .replace(/([^.])\1+/g, '$1')
      .replace(/\.{4,}/g, '...')
      .replace(/[!?؟]{2,}/g, (q) => {
        const question = /[?؟]/.exec(q)
        const bang = q.indexOf('!')
        if (!question) return '!'
        if (bang < 0) return question[0]
        return bang < question.index ? `!${question[0]}` : `${question[0]}!`
      })
      .replace(/([!?؟])\.+/g, (dots, mark: string) => (dots.length === 2 ? mark : dots))
  }
  return s
}

export const repeatedMarks: Rule = (text) => {
  const out: Finding[] = []
  for (const m of text.matchAll(/[!?؟.،؛,;:]{2,}/g)) {
    const fixed = canonicalMarks(m[0])
    if (fixed !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, replacement: fixed, found: m[0] })
  }
  return out
}

const OPENS_AFTER = /[\s(\[{«“‘\u2014\u2013-]/
const CLOSES_BEFORE = /[\s.,،؛;:!?؟)\]}»”’\u2014\u2013-]/

/**
 * Straight double quotes → the house style. A quote after a space (or at the start) and
 * before a word opens; one after a word and before a space or a mark closes; otherwise
 * quotes alternate within the paragraph (و"أخشى opens).
 */
export const straightQuotes: Rule = (text, options) => {
  const [open, close] = options.quoteStyle === 'curly' ? ['“', '”'] : ['«', '»']
  const out: Finding[] = []
  let parity = 0
  for (const m of text.matchAll(/"|[\n\r\u2028\u2029]+/g)) {
    if (m[0] !== '"') {
      parity = 0
      continue
    }
    const i = m.index
    const before = text[i - 1]
    const after = text[i + 1]
    const opensHere = before === undefined || OPENS_AFTER.test(before)
    const closesHere = after === undefined || CLOSES_BEFORE.test(after)
    const opening = opensHere !== closesHere ? opensHere : parity % 2 === 0
    out.push({ start: i, end: i + 1, replacement: opening ? open : close, found: '"' })
    parity++
  }
  return out
}
