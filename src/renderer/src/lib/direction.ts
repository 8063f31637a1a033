// A block's reading direction from its first strong character, the way a reader expects:
// Arabic (and Hebrew, Syriac, Thaana…) starts right-to-left, Latin left-to-right. A block
// with no strong character (empty, digits, punctuation) belongs to the Arabic column: rtl.
const RTL = '\u0591-\u08FF\u200F\uFB1D-\uFDFD\uFE70-\uFEFC'
const LTR = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u0370-\u058F\u0900-\u1FFF\u200E\u2C00-\uFB1C\uFF21-\uFF3A\uFF41-\uFF5A'
const FIRST_STRONG = new RegExp(`[${RTL}${LTR}]`)
const IS_RTL = new RegExp(`[${RTL}]`)

export type Direction = 'rtl' | 'ltr'

export function detectDirection(text: string, fallback: Direction = 'rtl'): Direction {
  const m = FIRST_STRONG.exec(text)
  if (!m) return fallback
  return IS_RTL.test(m[0]) ? 'rtl' : 'ltr'
}
