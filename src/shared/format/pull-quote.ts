// Line 2, the pull quote. The publication writes ” TEXT” (U+201D both sides: at the start of a
// right-to-left line it reads as the opening mark). People type “ ” " « » as well, or forget the
// marks; the text is what matters, so any of those is read with a warning.

import { NO_PULL_QUOTE_LINE, QUOTE_MARK } from './canonical'
import { isNormalizedText, normalizeText } from './text'

const QUOTE_MARKS = '\u201D\u201C"\u00AB\u00BB'

/**
 * The pull quote held by an already trimmed, non-blank line, and whether the line was in the
 * standard form. A line reduced to its marks (””, "", «») means no pull quote.
 */
export function readPullQuote(line: string): { pullQuote: string | null; standard: boolean } {
  if (line === NO_PULL_QUOTE_LINE) return { pullQuote: null, standard: true }
  if (line.length >= 4 && line.startsWith(`${QUOTE_MARK} `) && line.endsWith(QUOTE_MARK)) {
    const inner = line.slice(2, -1)
    if (isNormalizedText(inner)) return { pullQuote: inner, standard: true }
  }
  // One mark off each end, no more: a quote may itself begin or end with quoted words.
  const start = isQuoteMark(line[0]) ? 1 : 0
  let end = line.length
  if (end > start && isQuoteMark(line[end - 1])) end--
  const text = normalizeText(line.slice(start, end))
  return { pullQuote: text === '' ? null : text, standard: false }
}

function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && QUOTE_MARKS.includes(ch)
}
