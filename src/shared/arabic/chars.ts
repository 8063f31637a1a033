// Character classes shared by the Arabic text core. Ranges are spelled out (rather than
// using \p{...} everywhere) where a hot loop needs a plain code comparison.

export const TATWEEL = 0x0640

/** Harakat, Quranic annotation marks and other combining marks of the Arabic blocks. */
export function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0610 && c <= 0x061a) || (c >= 0x08d3 && c <= 0x08ff)
}

/** Explicit bidi formatting characters (marks, embeddings, overrides, isolates). */
export function isBidiControl(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
}

/**
 * Invisible characters that only steer rendering: bidi controls, ZWJ/ZWNJ, zero-width
 * space, word joiner, BOM and soft hyphen. Search ignores them all.
 */
export function isInvisibleFormat(c: number): boolean {
  return isBidiControl(c) || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad
}

export const ARABIC_LETTER_RE = /(?=\p{L})\p{Script=Arabic}/u

/** An Arabic letter proper (tatweel is Script=Common, so it does not count). */
export function isArabicLetter(ch: string | undefined): boolean {
  return ch !== undefined && ARABIC_LETTER_RE.test(ch)
}

export const ARABIC_INDIC_ZERO = 0x0660
export const PERSIAN_ZERO = 0x06f0

/** 0–9 for ASCII, Arabic-Indic and Persian digits; -1 otherwise. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) return c - ARABIC_INDIC_ZERO
  if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) return c - PERSIAN_ZERO
  return -1
}

export function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && digitValue(ch.charCodeAt(0)) >= 0
}

/** Horizontal whitespace (a regex class body): spaces and tabs, not line breaks, not BOM. */
export const HSPACE = '[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]'
const HSPACE_RE = new RegExp(`^${HSPACE}$`)
export function isHSpace(ch: string | undefined): boolean {
  return ch !== undefined && HSPACE_RE.test(ch)
}
