// Character-level helpers shared by the parser and the writer. They run on every line of every
// file, so they scan by char code and never build intermediate strings on the common path.

/**
 * True for exactly the code units String.prototype.trim() removes, so that "normalized" means
 * the same thing here, in trim() and in whatever the editor does with trim().
 */
export function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

/**
 * Characters that end a line for some program even though the format only splits on LF: a
 * reader that honours them would see a paragraph cut in two, so text must not keep them.
 * (Unicode's mandatory breaks: CR, LF, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.)
 */
export const LINE_BREAK_RE = /[\n\v\f\r\u0085\u2028\u2029]/

/** A single line or paragraph in normal form: not empty, no space at either end, no line break. */
export function isNormalizedText(s: string): boolean {
  return s.length > 0 && !isTrimSpace(s.charCodeAt(0)) && !isTrimSpace(s.charCodeAt(s.length - 1)) && !LINE_BREAK_RE.test(s)
}

/**
 * The normal form of a line of text: spaces trimmed at both ends, and every line break, with
 * the spaces around it, turned into one space (a soft break inside a paragraph reads as a space,
 * never as the start of a new paragraph). May return "", meaning "nothing there".
 */
export function normalizeText(s: string): string {
  if (isNormalizedText(s)) return s
  if (!LINE_BREAK_RE.test(s)) return s.trim()
  // split + trim instead of a regex around the break: linear even on long runs of spaces.
  const pieces = s.split(LINE_BREAK_RE_GLOBAL)
  let out = ''
  for (const piece of pieces) {
    const t = piece.trim()
    if (t === '') continue
    out = out === '' ? t : `${out} ${t}`
  }
  return out
}

const LINE_BREAK_RE_GLOBAL = new RegExp(LINE_BREAK_RE.source, 'g')

/** A line with nothing but spaces (or nothing at all). */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isTrimSpace(s.charCodeAt(i))) return false
  return true
}

/** 1-based column of UTF-16 index `index` in `line`, counted in code points as people count characters. */
export function codePointColumn(line: string, index: number): number {
  let col = 1
  const end = Math.min(index, line.length)
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i)
    // The low half of a pair is the same character as the high half before it.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = line.charCodeAt(i - 1)
      if (prev >= 0xd800 && prev <= 0xdbff) continue
    }
    col++
  }
  return col
}

/** Bytes `s` takes in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) n += 1
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        // Two UTF-16 units, four bytes.
        n += 2
        i++
      } else n += 2
    } else n += 2
  }
  return n
}

/** Index of the first lone UTF-16 surrogate (a character UTF-8 cannot hold), or -1. */
export function firstLoneSurrogate(s: string): number {
  // Most text has no surrogates at all, and this plain scan is several times faster than /u.
  if (!ANY_SURROGATE_RE.test(s)) return -1
  const m = LONE_SURROGATE_RE.exec(s)
  return m ? m.index : -1
}

// With the u flag, a well-formed pair is one code point and only a lone half matches \p{Cs}.
const LONE_SURROGATE_RE = /\p{Cs}/u
const ANY_SURROGATE_RE = /[\uD800-\uDFFF]/

/** 0-based line and UTF-16 index within that line of position `index` in `text`. */
export function locate(text: string, index: number): { line: number; lineStart: number } {
  let line = 0
  let lineStart = 0
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < index; nl = text.indexOf('\n', nl + 1)) {
    line++
    lineStart = nl + 1
  }
  return { line, lineStart }
}
