// A block's reading direction from its first strong character, as the editor decides it
// (src/renderer/src/lib/direction.ts, which the shared core cannot import): Arabic script starts
// right-to-left, Latin and other left-to-right scripts left-to-right.
const RTL = '\u0591-\u08FF\u200F\uFB1D-\uFDFD\uFE70-\uFEFC'
const LTR = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u0370-\u058F\u0900-\u1FFF\u200E\u2C00-\uFB1C\uFF21-\uFF3A\uFF41-\uFF5A'
const FIRST_STRONG = new RegExp(`[${RTL}${LTR}]`)
const IS_RTL = new RegExp(`[${RTL}]`)
const IS_LTR = new RegExp(`[${LTR}]`)

export type Direction = 'rtl' | 'ltr' | 'auto'

/** 'auto' when the text has no strong character at all (digits, punctuation, nothing). */
export function detectDirection(text: string): Direction {
  const m = FIRST_STRONG.exec(text)
  if (!m) return 'auto'
  return IS_RTL.test(m[0]) ? 'rtl' : 'ltr'
}

/** Whether the text holds any right-to-left letter: such a run is marked right-to-left in Word. */
export function hasRtl(text: string): boolean {
  return IS_RTL.test(text)
}

/** Whether the text holds any left-to-right letter. */
export function hasLtr(text: string): boolean {
  return IS_LTR.test(text)
}
