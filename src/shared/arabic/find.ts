// Find in text, as the editor's find bar asks: by default a match ignores the spelling
// differences search normalization folds (hamza and alef forms, ى/ي, ة/ه, tashkeel, tatweel,
// digit systems, bidi controls, Latin case: docs/arabic-text.md); "exact" compares the
// characters as written. Ranges are [start, end) in the original text, reaching over the
// tashkeel and tatweel after the last matched letter.
import { normalizeArabic, normalizeWithMap, toOriginalRange } from './normalize'

export interface FindOptions {
  /** Compare the characters as written: no Arabic folding (Latin case still per matchCase). */
  exact?: boolean
  /** Only matches with no letter, digit or mark directly before or after. */
  wholeWord?: boolean
  /** Latin letters must have the query's case. */
  matchCase?: boolean
}

export type FindRange = [start: number, end: number]

/** A letter, digit, combining mark, tatweel or joiner: part of a word. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640\u200c\u200d]/u

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch)
}

/** Lowercase, one UTF-16 unit for one (a letter whose lowercase is longer is kept): offsets hold. */
function lowerSameLength(text: string): string {
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

const LATIN = /[A-Za-z\u00C0-\u024F]/g

function sameLatinCase(a: string, b: string): boolean {
  return (a.match(LATIN) ?? []).join('') === (b.match(LATIN) ?? []).join('')
}

/** Non-overlapping matches, left to right; an empty query (after folding) finds nothing. */
export function findMatches(text: string, query: string, options: FindOptions = {}): FindRange[] {
  if (query === '' || text === '') return []
  const out: FindRange[] = []
  if (options.exact) {
    const hay = options.matchCase ? text : lowerSameLength(text)
    const needle = options.matchCase ? query : lowerSameLength(query)
    for (let i = hay.indexOf(needle); i >= 0;) {
      const end = i + needle.length
      if (!options.wholeWord || (!isWordChar(text[i - 1]) && !isWordChar(text[end]))) {
        out.push([i, end])
        i = hay.indexOf(needle, end)
      } else i = hay.indexOf(needle, i + 1)
    }
    return out
  }
  const needle = normalizeArabic(query)
  if (needle === '') return []
  const n = normalizeWithMap(text)
  const hay = n.text
  for (let i = hay.indexOf(needle); i >= 0;) {
    const end = i + needle.length
    let ok = !options.wholeWord || (!isWordChar(hay[i - 1]) && !isWordChar(hay[end]))
    const range = ok ? toOriginalRange(n, i, end) : null
    if (range && options.matchCase && !sameLatinCase(text.slice(range[0], range[1]), query)) ok = false
    if (ok && range) {
      out.push(range)
      i = hay.indexOf(needle, end)
    } else i = hay.indexOf(needle, i + 1)
  }
  return out
}
