// The search index's second token stream: for each word of a text that has clitics, its stem
// keys, once per text. A word without clitics (رياض، حكومة) is found through the form columns
// by its key's folded spelling, so it is not repeated here; a search for a key looks in both.
// This runs on every import and save, so it is one pass over the text: each character goes
// through the normalization table and the tokenizer at once (no substring per word), writing
// the normalized text and the index text (its words with spaces between, all the index's
// tokenizer reads), and each word is looked up by a hash of its letters in a table of the
// words seen before (news text repeats its words: stemming a text is mostly one probe a word).
// Texts the table cannot normalize alone (ligatures, surrogates, combining marks left after
// folding) are normalized first and read the same way. stemTokensUncached is the plain
// definition.
import { decodeUnits, normalizeArabic, normalizeForStems } from './normalize'
import { getStemTables, getTables, REMOVE, SPECIAL } from './normalize-table'
import { arabicWordKeys, foldKept } from './stem'

/**
 * The keys a token (in normalizeForStems form) adds to the stems column: those the form
 * columns cannot find. A key whose folded spelling is the word's own form (حكومة → حكومة,
 * form حكومه) is found there, and so is a key whose word is the key after the bare article
 * (الحكومة → حكومة, form الحكومه): a search for a key also looks for both spellings in the
 * form columns (search-query.ts). So only a word that lost another clitic or a pronoun adds
 * a key; that leaves about half the keys of the article-stripped words out of the index.
 */
export function indexedKeys(token: string): string[] {
  const form = foldKept(token)
  // Every caller passes a token of 3 Arabic letters or more (the scan's and the definition's).
  return arabicWordKeys(token).filter((k) => {
    const folded = foldKept(k)
    return folded !== form && `ال${folded}` !== form
  })
}

const OTHER_TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u

let kinds: Uint8Array | null = null

/** Per UTF-16 unit: 1 Arabic letter, 2 another unit the index keeps inside a token, 0 a separator. */
function kindTable(): Uint8Array {
  if (kinds) return kinds
  const t = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0x0621 && c <= 0x064a) t[c] = 1
    else if (c >= 0xd800 && c <= 0xdfff)
      t[c] = 2 // surrogates: part of a token or not, never Arabic
    else if (c < 0x80) t[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 2 : 0
    else t[c] = OTHER_TOKEN_CHAR.test(String.fromCharCode(c)) ? 2 : 0
  }
  kinds = t
  return t
}

/**
 * Whether a word can have an indexed key (see indexedKeys): it starts with a proclitic letter
 * or ends in an attached pronoun (هما هم هن ها كم نا ه ك ي, read as stem.ts's pronoun() reads
 * them, with هما taken as any word ending in ما). Any other word can only lose the bare
 * article, or nothing, and is skipped without a lookup (the stemTokensUncached test holds it
 * to that). Checking the pronoun's two letters rather than its last one spares about a
 * quarter of the lookups (plurals in ون/ين, words in ام/ان/ا…).
 */
function mayAddKeys(first: number, prev: number, last: number): boolean {
  switch (first) {
    case 0x0648: // و
    case 0x0641: // ف
    case 0x0628: // ب
    case 0x0643: // ك
    case 0x0644: // ل
      return true
  }
  switch (last) {
    case 0x0647: // ه
    case 0x0643: // ك
    case 0x064a: // ي
      return true
    case 0x0645: // م: هم كم
      return prev === 0x0647 || prev === 0x0643
    case 0x0646: // ن: هن
      return prev === 0x0647
    case 0x0627: // ا: ها نا هما
      return prev === 0x0647 || prev === 0x0646 || prev === 0x0645
  }
  return false
}

/** The definition: every all-Arabic token of 3 letters or more, its indexed keys, each once. */
export function stemTokensUncached(text: string): string {
  const s = normalizeForStems(text)
  const kind = kindTable()
  const seen = new Set<string>()
  let start = -1
  let arabic = true
  for (let i = 0; i <= s.length; i++) {
    const k = i < s.length ? kind[s.charCodeAt(i)]! : 0
    if (k !== 0) {
      if (start < 0) start = i
      if (k !== 1) arabic = false
      continue
    }
    if (start >= 0 && arabic && i - start >= 3) for (const key of indexedKeys(s.slice(start, i))) seen.add(key)
    start = -1
    arabic = true
  }
  return [...seen].join(' ')
}

// The word table: open addressing on a hash of the word's letters. A slot is one 64-byte line
// of memory holding all a lookup reads: the hash, the length, the stamp of the text that last
// added the word's keys, its key ids and its letters (two to an int32). Stemming an article
// is about a hundred lookups into a table that the database's work between articles has
// pushed out of the processor's cache, so a lookup costs what it misses: one line here, where
// a table of numbers pointing at records and a pool of letters cost three or four. Words of
// more than MAX_LETTERS letters are stemmed without the table. Bounded: emptied, between
// texts, once it holds MAX_WORDS words (a text that fills it finishes without caching).
const MAX_WORDS = 1 << 17
const SLOTS = 1 << 18
const MASK = SLOTS - 1
const CELL = 16
const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193
// Slot fields (int32 each).
const HASH = 0
/** The word's length; 0: an empty slot. */
const LEN = 1
/** The text that last added the word's keys (see stemTokens). */
const STAMP = 2
const KEYS = 3
/** Up to two key ids (a word has at most two keys). */
const KEY0 = 4
const LETTERS = 6
const MAX_LETTERS = 2 * (CELL - LETTERS)

interface WordTable {
  cells: Int32Array
  words: number
  /** Keys, interned: a key shared by several words (للأزمة، والأزمة) is written once a text. */
  keyOf: Map<string, number>
  keys: string[]
  keyStamp: Int32Array
  stamp: number
}

let table: WordTable | null = null

function emptyTable(): WordTable {
  return { cells: new Int32Array(SLOTS * CELL), words: 0, keyOf: new Map(), keys: [], keyStamp: new Int32Array(2 * MAX_WORDS), stamp: 0 }
}

/** The table for the next text, emptied when full or when its stamps would overflow. */
function tableForText(): WordTable {
  if (table === null || table.words >= MAX_WORDS || table.stamp >= 0x3fffffff) table = emptyTable()
  table.stamp++
  return table
}

/** The current token's letters (a scratch buffer that grows for very long tokens)… */
let letters = new Uint16Array(256)
/** …and its first MAX_LETTERS letters two to an int32, as a slot holds them. */
const packed = new Int32Array(MAX_LETTERS / 2)

function letterString(len: number): string {
  let s = ''
  // apply takes any array-like, a typed array's view included (no copy into an Array).
  for (let i = 0; i < len; i += 4096) s += String.fromCharCode.apply(null, letters.subarray(i, Math.min(len, i + 4096)) as unknown as number[])
  return s
}

/** Adds `key` to `out` unless this text already has it. */
function emit(t: WordTable, key: string, out: string[], extra: Set<string>): void {
  const id = t.keyOf.get(key)
  if (id !== undefined) {
    if (t.keyStamp[id] === t.stamp) return
    t.keyStamp[id] = t.stamp
  } else {
    if (extra.has(key)) return
    extra.add(key)
  }
  out.push(key)
}

function internKey(t: WordTable, key: string): number {
  let id = t.keyOf.get(key)
  if (id === undefined) {
    id = t.keys.length
    t.keys.push(key)
    t.keyOf.set(key, id)
  }
  return id
}

/** The word of `len` letters (hash `h`) in `letters` and `packed`: adds its keys to `out`, once per text. */
function addWord(t: WordTable, h: number, len: number, out: string[], extra: Set<string>): void {
  if (len > MAX_LETTERS) {
    for (const key of indexedKeys(letterString(len))) emit(t, key, out, extra)
    return
  }
  const cells = t.cells
  const units = (len + 1) >> 1
  let slot = h & MASK
  let at = slot * CELL
  for (;;) {
    at = slot * CELL
    const l = cells[at + LEN]!
    if (l === 0) break
    if (l === len && cells[at + HASH] === h) {
      let same = true
      for (let i = 0; i < units; i++) {
        if (cells[at + LETTERS + i] !== packed[i]) {
          same = false
          break
        }
      }
      if (same) {
        const stamp = t.stamp
        if (cells[at + STAMP] === stamp) return
        cells[at + STAMP] = stamp
        const n = cells[at + KEYS]!
        for (let j = 0; j < n; j++) {
          const id = cells[at + KEY0 + j]!
          if (t.keyStamp[id] !== stamp) {
            t.keyStamp[id] = stamp
            out.push(t.keys[id]!)
          }
        }
        return
      }
    }
    slot = (slot + 1) & MASK
  }
  const keys = indexedKeys(letterString(len))
  if (t.words >= MAX_WORDS) {
    // Full: this text finishes without caching; the table is emptied before the next one.
    for (const key of keys) emit(t, key, out, extra)
    return
  }
  t.words++
  cells[at + HASH] = h
  cells[at + LEN] = len
  cells[at + STAMP] = t.stamp
  cells[at + KEYS] = keys.length
  for (let i = 0; i < units; i++) cells[at + LETTERS + i] = packed[i]!
  keys.forEach((key, j) => {
    cells[at + KEY0 + j] = internKey(t, key)
    emit(t, key, out, extra)
  })
}

// With normalizeAndStem, the search-normalized text is written here on the way, and beside it
// the same text with every character between tokens made a space (kept between calls unless
// huge, as normalize.ts keeps its own).
const KEEP_UNITS = 1 << 20
let normalized = new Uint16Array(4096)
let indexed = new Uint16Array(4096)
let normalizedLen = 0

/**
 * Reads `s` token by token, adding each changing word's keys to `out`. With `action`, `s` is
 * the original text and goes through the normalization table on the way (and, with `search`,
 * its search normalization is written to `normalized`); returns false when a character needs
 * more than the table (the caller then normalizes the text first).
 */
function scan(t: WordTable, s: string, action: Uint16Array | null, search: Uint16Array | null, out: string[], extra: Set<string>): boolean {
  const kind = kindTable()
  // Locals: an imported binding may be a getter call per use when the code runs as CommonJS.
  const special = SPECIAL
  const remove = REMOVE
  let buf = letters
  const pack = packed
  const n = s.length
  let norm = normalized
  let words = indexed
  if (search !== null && norm.length < n) {
    norm = new Uint16Array(n)
    words = new Uint16Array(n)
    if (n <= KEEP_UNITS) {
      normalized = norm
      indexed = words
    }
  }
  let normLen = 0
  let len = 0
  let h = FNV_OFFSET
  let arabic = true
  for (let i = 0; i <= n; i++) {
    let a = 0x20
    let folded = -1
    if (i < n) {
      const c = s.charCodeAt(i)
      a = c
      if (action !== null) {
        a = action[c]!
        if (a >= special) {
          if (a === remove) continue
          return false
        }
        // The two tables differ only in letters that stay letters: same removals, same lengths.
        if (search !== null) folded = search[c]!
      }
    }
    const k = kind[a]!
    if (folded >= 0) {
      norm[normLen] = folded
      words[normLen++] = k === 0 ? 0x20 : folded
    }
    if (k !== 0) {
      if (k !== 1) arabic = false
      else if (arabic) {
        if (len === buf.length) {
          const grown = new Uint16Array(len * 2)
          grown.set(buf)
          letters = buf = grown
        }
        buf[len] = a
        if (len < MAX_LETTERS) {
          if (len & 1) pack[len >> 1] = pack[len >> 1]! | (a << 16)
          else pack[len >> 1] = a
        }
        h = Math.imul(h ^ a, FNV_PRIME)
      }
      len++
      continue
    }
    // One token, as the index splits text: only an all-Arabic token of 3 letters or more can
    // have keys of its own.
    if (len >= 3 && arabic && mayAddKeys(buf[0]!, buf[len - 2]!, buf[len - 1]!)) addWord(t, h, len, out, extra)
    len = 0
    h = FNV_OFFSET
    arabic = true
  }
  if (search !== null) {
    normalized = norm
    indexed = words
    normalizedLen = normLen
  }
  return true
}

/** Stem keys of `text` (original text), space-separated, each once, in order of first use. */
export function stemTokens(text: string): string {
  let t = tableForText()
  const out: string[] = []
  const extra = new Set<string>()
  if (!scan(t, text, getStemTables().action, null, out, extra)) {
    // A new stamp: what the aborted pass marked as added is not in `out`.
    out.length = 0
    extra.clear()
    t = tableForText()
    scan(t, normalizeForStems(text), null, null, out, extra)
  }
  return out.join(' ')
}

/** Every character between the search index's tokens (see TOKEN_RE in search-query.ts). */
const BETWEEN_TOKENS = /[^\p{L}\p{N}\p{Co}]/gu

/**
 * What the search index reads of a normalized text: its tokens, with a space for every
 * character between them, so that the index's tokenizer only has to split on spaces.
 */
export function indexText(normalized: string): string {
  return normalized.replace(BETWEEN_TOKENS, ' ')
}

export interface NormalizedAndStemmed {
  /** normalizeArabic(text). */
  normalized: string
  /** indexText(normalized): what the index's word columns hold. */
  indexed: string
  /** The stem keys (stemTokens, as a list). */
  keys: string[]
}

/** The search normalization of `text`, its index text and its stem keys, from one pass over it: what indexing a field needs. */
export function normalizeAndStem(text: string): NormalizedAndStemmed {
  let t = tableForText()
  const out: string[] = []
  const extra = new Set<string>()
  if (scan(t, text, getStemTables().action, getTables().action, out, extra)) {
    return { normalized: decodeUnits(normalized, normalizedLen), indexed: decodeUnits(indexed, normalizedLen), keys: out }
  }
  out.length = 0
  extra.clear()
  t = tableForText()
  scan(t, normalizeForStems(text), null, null, out, extra)
  const normalizedText = normalizeArabic(text)
  return { normalized: normalizedText, indexed: indexText(normalizedText), keys: out }
}
