import { COMPLEX, MARK, REMOVE, SPECIAL, getStemTables, getTables, normalizeCluster, type Tables } from './normalize-table'

export interface NormalizedText {
  text: string
  /** map[i] = original UTF-16 offset of normalized char i; map[text.length] = original length. */
  map: Int32Array
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const UTF16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null

/** The first `len` units of `buf` as a string. */
export function decodeUnits(buf: Uint16Array, len: number): string {
  if (UTF16) return UTF16.decode(buf.subarray(0, len))
  let s = ''
  for (let i = 0; i < len; i += 8192) {
    s += String.fromCharCode.apply(null, Array.from(buf.subarray(i, Math.min(len, i + 8192))))
  }
  return s
}

/** Output under construction; the hot loop copies its fields into locals. */
class Output {
  buf: Uint16Array
  map: Int32Array | null
  len = 0
  /** Start of the last emitted cluster, in the output and in the input (-1: none). */
  baseOut = -1
  baseOrig = -1

  constructor(size: number, withMap: boolean) {
    this.buf = new Uint16Array(size)
    this.map = withMap ? new Int32Array(size + 1) : null
  }

  reserve(need: number): void {
    if (need <= this.buf.length) return
    const size = Math.max(need, this.buf.length * 2)
    const buf = new Uint16Array(size)
    buf.set(this.buf.subarray(0, this.len))
    this.buf = buf
    if (this.map) {
      const map = new Int32Array(size + 1)
      map.set(this.map.subarray(0, this.len))
      this.map = map
    }
  }
}

/**
 * The slow path, kept out of the hot loop so that V8 does not deoptimize the loop each time
 * it first meets a rare character. Expansions (ligatures, presentation forms), surrogates and
 * surviving combining marks go through NFKC on the smallest run NFKC could change: the last
 * base and the marks that follow it. Returns the index after the run.
 */
function slowPath(o: Output, text: string, i: number, a: number, forStems: boolean): number {
  const { combining } = getTables()
  const n = text.length
  const c = text.charCodeAt(i)
  let start = i
  let outStart = o.len
  if (a === MARK && o.baseOrig >= 0) {
    start = o.baseOrig
    outStart = o.baseOut
  }
  let j = i + 1
  const surrogate = c >= 0xd800 && c <= 0xdfff
  if (surrogate && c <= 0xdbff && j < n) {
    const d = text.charCodeAt(j)
    if (d >= 0xdc00 && d <= 0xdfff) j++
  }
  // A lone surrogate becomes U+FFFD, as any UTF-16 decoder would make of it.
  const lone = surrogate && j === i + 1
  while (j < n && combining[text.charCodeAt(j)] === 1) j++
  const r = lone ? '\uFFFD' + normalizeCluster(text.slice(i + 1, j), forStems) : normalizeCluster(text.slice(start, j), forStems)
  o.len = outStart
  o.reserve(outStart + r.length)
  for (let k = 0; k < r.length; k++) {
    o.buf[o.len] = r.charCodeAt(k)
    if (o.map) o.map[o.len] = start
    o.len++
  }
  o.baseOut = r.length > 0 ? outStart : -1
  o.baseOrig = r.length > 0 ? start : -1
  return j
}

// One output per kind, reused: a fresh typed array per call (a body's length each time, on
// every import and every search hit) is what kept the garbage collector busy, not the pass.
// Callers copy out of it (decode, slice) before the next call; nothing here is re-entrant.
const KEEP_UNITS = 1 << 20
let plainScratch: Output | null = null
let mappedScratch: Output | null = null

function outputFor(size: number, withMap: boolean): Output {
  const kept = withMap ? mappedScratch : plainScratch
  if (kept && kept.buf.length >= size && kept.buf.length <= KEEP_UNITS) {
    kept.len = 0
    kept.baseOut = -1
    kept.baseOrig = -1
    return kept
  }
  const o = new Output(size, withMap)
  // A huge text's buffer is not kept for the rest of the process.
  if (size <= KEEP_UNITS) {
    if (withMap) mappedScratch = o
    else plainScratch = o
  }
  return o
}

/** One pass over the text. Returns null when nothing changed (the caller returns the input). */
function run(text: string, withMap: boolean, tables: Tables = getTables()): Output | null {
  const { action } = tables
  const forStems = tables !== getTables()
  // Locals: an imported binding may be a getter call per use when the code runs as CommonJS.
  const special = SPECIAL
  const remove = REMOVE
  const n = text.length
  const o = outputFor(n + 16, withMap)
  let buf = o.buf
  let map = o.map
  let len = 0
  let baseOut = -1
  let baseOrig = -1
  let changed = false
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const a = action[c]!
    if (a < special && len < buf.length) {
      if (a !== c) changed = true
      buf[len] = a
      if (map !== null) map[len] = i
      baseOut = len
      baseOrig = i
      len++
      i++
    } else if (a === remove) {
      changed = true
      i++
    } else {
      changed = true
      o.len = len
      o.baseOut = baseOut
      o.baseOrig = baseOrig
      // A plain unit lands here only when expansions have filled the buffer; the slow
      // path gives the same result as the table, and grows the buffer.
      i = slowPath(o, text, i, a < SPECIAL ? COMPLEX : a, forStems)
      buf = o.buf
      map = o.map
      len = o.len
      baseOut = o.baseOut
      baseOrig = o.baseOrig
    }
  }
  if (!changed) return null
  o.len = len
  if (map !== null) map[len] = n
  return o
}

/** Search normalization without offsets: the fast path used for indexing. */
export function normalizeArabic(text: string): string {
  const o = run(text, false)
  return o ? decodeUnits(o.buf, o.len) : text
}

/**
 * normalizeArabic, except that hamza forms (أ إ آ ؤ ئ), ى and ة stay as written: the stemmer
 * reads clitics from them. Same tokens, same boundaries: only those letters differ.
 */
export function normalizeForStems(text: string): string {
  const o = run(text, false, getStemTables())
  return o ? decodeUnits(o.buf, o.len) : text
}

export function normalizeWithMap(text: string): NormalizedText {
  const o = run(text, true)
  if (!o) {
    const map = new Int32Array(text.length + 1)
    for (let i = 0; i <= text.length; i++) map[i] = i
    return { text, map }
  }
  return { text: decodeUnits(o.buf, o.len), map: o.map!.slice(0, o.len + 1) }
}

/**
 * Normalized [start, end) → original [start, end). The end reaches up to the next kept
 * character, so tashkeel, tatweel and invisible marks after the last character are covered,
 * and a character produced by expanding a ligature covers the whole ligature.
 */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  const len = n.text.length
  const s = Math.max(0, Math.min(start, len))
  const e = Math.max(s, Math.min(end, len))
  const from = n.map[s]!
  if (e === s) return [from, from]
  const last = n.map[e - 1]!
  let k = e
  while (k < len && n.map[k] === last) k++
  return [from, n.map[k]!]
}
