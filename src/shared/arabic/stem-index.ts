// The search index's second token stream: for each word of a text that has clitics, its stem
// keys, once per text. A word without clitics (رياض، حكومة) is found through the form columns
// by its key's folded spelling, so it is not repeated here; a search for a key looks in both.
// This runs on every import and save, so it walks character codes instead of running a
// Unicode regex, and caches what each distinct word adds.
import { normalizeForStems } from './normalize'
import { foldKept, stemKeys } from './stem'

const NONE: readonly string[] = []
const CACHE_MAX = 200_000
/** Token (normalizeForStems form) → the keys it adds to the stems column. */
const added = new Map<string, readonly string[]>()

function keysAdded(token: string): readonly string[] {
  let keys = added.get(token)
  if (keys === undefined) {
    const form = foldKept(token)
    // A key whose folded spelling is the word's own form (حكومة → حكومة, form حكومه) is found
    // through the form columns: only a word that lost a clitic adds a key.
    const differing = stemKeys(token).filter((k) => foldKept(k) !== form)
    keys = differing.length ? differing : NONE
    if (added.size >= CACHE_MAX) added.clear()
    added.set(token, keys)
  }
  return keys
}

const OTHER_TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u

/** 1: Arabic letter, 2: another character the index keeps inside a token, 0: a separator. */
function kind(c: number): number {
  if (c >= 0x0621 && c <= 0x064a) return 1
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 2 : 0
  if (c >= 0xd800 && c <= 0xdfff) return 2 // surrogates: part of a token or not, never Arabic
  return OTHER_TOKEN_CHAR.test(String.fromCharCode(c)) ? 2 : 0
}

/**
 * Whether a word's keys can differ from its form: it starts with a proclitic letter or the
 * article's alef, or ends in a pronoun's last letter, ة or ى. Most other words are skipped
 * without a lookup.
 */
function mayChange(first: number, last: number): boolean {
  switch (first) {
    case 0x0648: // و
    case 0x0641: // ف
    case 0x0628: // ب
    case 0x0643: // ك
    case 0x0644: // ل
    case 0x0627: // ا
      return true
  }
  switch (last) {
    case 0x0647: // ه
    case 0x0627: // ا
    case 0x0645: // م
    case 0x0646: // ن
    case 0x0643: // ك
    case 0x064a: // ي
    case 0x0629: // ة
    case 0x0649: // ى
      return true
  }
  return false
}

/** Stem keys of `text` (original text), space-separated, each once. */
export function stemTokens(text: string): string {
  const s = normalizeForStems(text)
  const seen = new Set<string>()
  const n = s.length
  let i = 0
  while (i < n) {
    let k = kind(s.charCodeAt(i))
    if (k === 0) {
      i++
      continue
    }
    // One token, as the index splits text: only an all-Arabic token of 3 letters or more can
    // have keys of its own.
    const start = i
    let arabic = true
    for (; i < n && k !== 0; k = i < n ? kind(s.charCodeAt(i)) : 0) {
      if (k !== 1) arabic = false
      i++
    }
    if (!arabic || i - start < 3 || !mayChange(s.charCodeAt(start), s.charCodeAt(i - 1))) continue
    for (const key of keysAdded(s.slice(start, i))) seen.add(key)
  }
  return [...seen].join(' ')
}
