import { HSPACE, isArabicLetter, isDigitChar } from './chars'
import { isAbbreviation } from './abbreviations'
import type { Finding, Rule } from './typography-types'

const SPACE_BEFORE_MARK = new RegExp(`(?<=[^\\s])${HSPACE}+(?=[،؛؟!.:])`, 'g')

/** No space between a word and the mark that follows it: "كذا ،" → "كذا،". */
export const spaceBeforeMark: Rule = (text) => {
  const out: Finding[] = []
  for (const m of text.matchAll(SPACE_BEFORE_MARK)) {
    const at = m.index + m[0].length
    const mark = text[at]!
    const next = text[at + 1]
    // ".5" and ":30" are numbers; " .. " and " ... " stand between words like a dash.
    if ((mark === '.' || mark === ':') && isDigitChar(next)) continue
    if (mark === '.' && next === '.') continue
    out.push({ start: m.index, end: at, replacement: '', found: mark })
  }
  return out
}

const OPENERS = /[«“(\[]/
const WORD_BEFORE = /[\p{L}\p{M}\u0640]+$/u

/** Whether a dot is part of an abbreviation or initials (ص.ب، أ.د، د.محمد): no space is due. */
function abbreviationDot(text: string, i: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, i - 32), i))?.[0] ?? ''
  return word.length === 1 || isAbbreviation(word)
}

/** "...المزيد", "» ..يغادر": dots that open a word rather than close one. */
function openingEllipsis(text: string, i: number): boolean {
  let k = i
  while (k > 0 && text[k - 1] === '.') k--
  return k < i && (k === 0 || /\s/.test(text[k - 1]!))
}

/**
 * One space after a mark that is directly followed by a word: "قال:إن" → "قال: إن".
 * Arabic marks (، ؛ ؟) want it before any word, digit or opening quote unless between
 * digits; the shared marks (. : !) only before Arabic, so 3.5, 10:30, www.x.com and
 * Yahoo!News are left alone.
 */
export const spaceAfterMark: Rule = (text) => {
  const out: Finding[] = []
  for (const m of text.matchAll(/[،؛؟!.:]/g)) {
    const i = m.index
    const next = text[i + 1]
    if (next === undefined) continue
    const mark = m[0]
    let due: boolean
    if (mark === '،' || mark === '؛' || mark === '؟') {
      due = (/[\p{L}\p{N}]/u.test(next) || OPENERS.test(next)) && !(isDigitChar(text[i - 1]) && isDigitChar(next))
    } else if (mark === '.') {
      due = isArabicLetter(next) && !abbreviationDot(text, i) && !openingEllipsis(text, i)
    } else {
      due = isArabicLetter(next) || OPENERS.test(next)
    }
    if (due) out.push({ start: i + 1, end: i + 1, replacement: ' ', found: mark })
  }
  return out
}

const DOUBLE_SPACE = new RegExp(`(?<=[^\\s])${HSPACE}{2,}(?=[^\\s])`, 'g')

/** Several spaces between two words → one. Indentation and trailing spaces are not touched. */
export const doubleSpace: Rule = (text) => {
  const out: Finding[] = []
  for (const m of text.matchAll(DOUBLE_SPACE)) {
    out.push({ start: m.index, end: m.index + m[0].length, replacement: ' ', found: m[0] })
  }
  return out
}
