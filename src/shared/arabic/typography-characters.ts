import { ARABIC_INDIC_ZERO, PERSIAN_ZERO, isArabicLetter } from './chars'
import type { Finding, Rule } from './typography-types'

/**
 * Tatweel that stretches a word (كـــبير، جميـــل) goes. A single one stays where it joins a
 * letter to what cannot join it: بـ15، لـ"كذا"، and the hijri mark هـ; a longer run there
 * is cut to one. A run that follows no letter (a separator line) is decoration, left alone.
 */
export const tatweel: Rule = (text) => {
  const out: Finding[] = []
  for (const m of text.matchAll(/\u0640+/g)) {
    const start = m.index
    const end = start + m[0].length
    let b = start - 1
    while (b >= 0 && /\p{M}/u.test(text[b]!)) b--
    if (!isArabicLetter(text[b])) continue
    let a = end
    while (a < text.length && /\p{M}/u.test(text[a]!)) a++
    const replacement = isArabicLetter(text[a]) ? '' : '\u0640'
    if (replacement !== m[0]) out.push({ start, end, replacement, found: m[0] })
  }
  return out
}

type DigitSystem = 'ascii' | 'arabic' | 'persian'
const ZERO: Record<DigitSystem, number> = { ascii: 0x30, arabic: ARABIC_INDIC_ZERO, persian: PERSIAN_ZERO }
const RUNS: Record<DigitSystem, RegExp> = {
  ascii: /[0-9]+/g,
  arabic: /[\u0660-\u0669]+(?:[\u066B\u066C][\u0660-\u0669]+)*/g,
  persian: /[\u06F0-\u06F9]+(?:[\u066B\u066C][\u06F0-\u06F9]+)*/g
}

function convertDigits(run: string, from: DigitSystem, to: DigitSystem): string {
  let s = ''
  for (const ch of run) {
    const c = ch.charCodeAt(0)
    if (c >= ZERO[from] && c <= ZERO[from] + 9) s += String.fromCharCode(ZERO[to] + c - ZERO[from])
    else if (to === 'ascii') s += ch === '\u066B' ? '.' : ch === '\u066C' ? ',' : ch
    else s += ch
  }
  return s
}

/**
 * A text should use one digit system. When it mixes them, the system with the most numbers
 * wins (ASCII on a tie, then Arabic-Indic) and the other numbers are converted to it.
 */
export const mixedDigits: Rule = (text) => {
  const found = (['ascii', 'arabic', 'persian'] as const).map((system) => ({
    system,
    runs: [...text.matchAll(RUNS[system])]
  }))
  const used = found.filter((f) => f.runs.length > 0)
  if (used.length < 2) return []
  const majority = used.reduce((best, f) => (f.runs.length > best.runs.length ? f : best)).system
  const out: Finding[] = []
  for (const f of used) {
    if (f.system === majority) continue
    for (const m of f.runs) {
      const replacement = convertDigits(m[0], f.system, majority)
      out.push({ start: m.index, end: m.index + m[0].length, replacement, found: m[0] })
    }
  }
  return out.sort((x, y) => x.start - y.start)
}

/** Bidi marks, embeddings, overrides and isolates have no place in a column's plain text. */
export const bidiControls: Rule = (text) => {
  const out: Finding[] = []
  for (const m of text.matchAll(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, replacement: '', found: m[0] })
  }
  return out
}
