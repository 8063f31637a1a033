import { approximateSearch } from './fuzzy'
import { normalizeArabic, normalizeWithMap, toOriginalRange } from './normalize'

export interface LocateOptions {
  /** Also accept a near match (about 15% edits) when no normalized match exists. */
  fuzzy?: boolean
}

// Whitespace and punctuation are both separators: a quote may drop or change a comma, and
// any run of them matches any other run. Symbols (%, $, +) stay significant.
const SEPARATOR = /[\s\p{P}]/u
const PUNCT = /\p{P}/u
const OPENING = /[\p{Ps}\p{Pi}]/u
const CLOSING = /[\p{Pe}\p{Pf}]/u

/** Fuzzy search is quadratic; beyond this many cells it is not attempted. */
const MAX_FUZZY_CELLS = 50_000_000

interface Key {
  text: string
  /** key index → index in the normalized text */
  map: Int32Array
}

function buildKey(normalized: string): Key {
  const map = new Int32Array(normalized.length + 1)
  let out = ''
  let pendingSep = -1
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized[i]!
    if (SEPARATOR.test(ch)) {
      if (pendingSep < 0) pendingSep = i
      continue
    }
    if (pendingSep >= 0 && out.length > 0) {
      map[out.length] = pendingSep
      out += ' '
    }
    pendingSep = -1
    map[out.length] = i
    out += ch
  }
  return { text: out, map: map.subarray(0, out.length + 1) }
}

function fuzzyBudget(length: number): number {
  return length < 4 ? 0 : Math.max(1, Math.round(length * 0.15))
}

/**
 * Where `phrase` occurs in `text`, in original offsets, comparing both after search
 * normalization and treating whitespace and punctuation runs as equal. A phrase that starts
 * or ends with punctuation (a quote ending in `؟`) takes in the punctuation the text has there.
 */
export function locatePhrase(text: string, phrase: string, options: LocateOptions = {}): { start: number; end: number } | null {
  const pkey = buildKey(normalizeArabic(phrase)).text
  if (pkey.length === 0) return null
  const n = normalizeWithMap(text)
  const key = buildKey(n.text)
  let s = key.text.indexOf(pkey)
  let e = s + pkey.length
  if (s < 0) {
    if (!options.fuzzy || key.text.length * pkey.length > MAX_FUZZY_CELLS) return null
    const hit = approximateSearch(key.text, pkey, fuzzyBudget(pkey.length))
    if (!hit) return null
    s = hit.start
    e = hit.end
    while (s < e && key.text[s] === ' ') s++
    while (e > s && key.text[e - 1] === ' ') e--
    if (s === e) return null
  }
  let [start, end] = toOriginalRange(n, key.map[s]!, key.map[e - 1]! + 1)
  const trimmed = phrase.trim()
  if (PUNCT.test(trimmed[0] ?? '')) {
    while (start > 0 && PUNCT.test(text[start - 1]!) && !CLOSING.test(text[start - 1]!)) start--
  }
  if (PUNCT.test(trimmed[trimmed.length - 1] ?? '')) {
    while (end < text.length && PUNCT.test(text[end]!) && !OPENING.test(text[end]!)) end++
  }
  return { start, end }
}
