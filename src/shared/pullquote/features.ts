// The features a candidate is scored on. Each is a yes/no question about the text with a fixed
// weight, so a score is a sum a person can check by hand against docs/pull-quotes.md.
// Sources: Bohn & Ling, "Catching Attention with Automatic Pull Quote Selection" (COLING 2020),
// and what the publication's own tagged files show (a 51-word question from the body).
import { normalizeArabic, tokenizeWords } from '../arabic'
import * as L from './lexicon'
import type { CandidateKind, PullQuoteReason } from './types'
import { msg } from '../messages/catalog'

/** The word counts pull quotes have: below, a fragment; above, more than a reader takes in at a glance. */
export const IDEAL_MIN_WORDS = 12
export const IDEAL_MAX_WORDS = 55
const FRAGMENT_WORDS = 6
const TOO_LONG_WORDS = 70

export interface FeatureDef {
  weight: number
}

/** Every feature the scorer can report, with its weight; what it says is in the message catalog (pq.*); docs/pull-quotes.md has the same table with the why. */
export const FEATURES = {
  'length-ideal': { weight: 1.5 },
  'length-short': { weight: -1.5 },
  'length-fragment': { weight: -4 },
  'length-long': { weight: -1 },
  'length-too-long': { weight: -4 },
  question: { weight: 1 },
  exclamation: { weight: 1 },
  contrast: { weight: 1 },
  personal: { weight: 1 },
  general: { weight: 0.75 },
  quotation: { weight: 0.5 },
  complete: { weight: 0.5 },
  unfinished: { weight: -1 },
  'dependent-opening': { weight: -2 },
  date: { weight: -2 },
  digits: { weight: -1.5 },
  parentheses: { weight: -1.5 },
  attribution: { weight: -1.5 },
  'clause-cut': { weight: -0.5 },
  pair: { weight: -0.5 }
} as const satisfies Record<string, FeatureDef>

export type FeatureCode = keyof typeof FEATURES

export interface FeatureScore {
  score: number
  words: number
  reasons: PullQuoteReason[]
}

const TERMINAL = /[.!?؟…]$/
const TRAILING = /[\s\p{Pe}\p{Pf}"'»›]+$/u
const QUOTE_MARK = /["«»“”]/
const PAREN = /[()[\]{}]/
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/
const NUMERIC_DATE = /[0-9\u0660-\u0669]{1,2}\s*[/.-]\s*[0-9\u0660-\u0669]{1,2}\s*[/.-]\s*[0-9\u0660-\u0669]{2,4}/
// Lexicon lookups need letter runs only; a plain split is several times faster than the
// tokenizer, which matters because every candidate span is scored.
const NON_LETTERS = /[^\p{L}\p{M}\p{N}]+/u
const PRONOUN_SUFFIX_NA = /^[^\s]{3,}نا$/
// Words ending in -انا are mostly adverbs and accusatives (أحيانا، مجانا، زمانا), not "our".
const NOT_NA_SUFFIX = /انا$/

/** In the set as written, or with a leading و ("وقال", "والخميس") taken off. */
function has(set: Set<string>, w: string): boolean {
  return set.has(w) || (w.length > 3 && w[0] === 'و' && set.has(w.slice(1)))
}

function bigrams(ws: string[], pairs: Set<string>): boolean {
  for (let i = 0; i + 1 < ws.length; i++) if (pairs.has(`${ws[i]} ${ws[i + 1]}`)) return true
  return false
}

/** Normalized words of a text, punctuation stripped: what the lexicon is matched against. */
export function featureWords(text: string): string[] {
  return normalizeArabic(text).split(NON_LETTERS).filter(Boolean)
}

/** Whether the words open with a contrast marker: لكن…, بل, غير أن. */
export function opensWithContrast(ws: string[]): boolean {
  const [first = '', second = ''] = ws
  return first.startsWith('لكن') || first.startsWith('ولكن') || first === 'بل' || ((first === 'غير' || first === 'الا') && /^ان/.test(second))
}

function hasContrast(ws: string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    if (w.startsWith('لكن') || w.startsWith('ولكن') || has(L.CONTRAST_WORDS, w)) return true
    // غير أن / إلا أنه: the second word must be أن itself with a pronoun, not any word in ان-.
    if ((w === 'غير' || w === 'الا') && /^ان(?:ه|ها|هم|نا|ني|ك)?$/.test(ws[i + 1] ?? '')) return true
  }
  return bigrams(ws, L.CONTRAST_PAIRS)
}

function isPersonal(ws: string[]): boolean {
  return ws.some(
    (w) => has(L.PERSONAL, w) || has(L.FIRST_PERSON_VERBS, w) || w.startsWith('لكننا') || (w.length >= 5 && PRONOUN_SUFFIX_NA.test(w) && !NOT_NA_SUFFIX.test(w))
  )
}

function hasDate(text: string, ws: string[]): boolean {
  if (NUMERIC_DATE.test(text)) return true
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    if (has(L.MONTHS, w) || has(L.WEEKDAYS, w) || has(L.RELATIVE_DAYS, w)) return true
    if (has(L.AMBIGUOUS_MONTHS, w) && (DIGIT.test(ws[i - 1] ?? '') || DIGIT.test(ws[i + 1] ?? ''))) return true
    if (has(L.LAST_PERIOD, w) && L.PAST.has(ws[i + 1] ?? '')) return true
  }
  return false
}

/** Someone else's words: a reporting word that introduces content, or a source named by a preposition. */
function isAttributed(text: string, ws: string[]): boolean {
  if (ws.some((w) => has(L.SOURCE_PREPOSITIONS, w))) return true
  if (!ws.some((w) => has(L.REPORTING, w))) return false
  if (/[:"«“”]/.test(text)) return true
  for (let i = 0; i < ws.length; i++) {
    if (!has(L.REPORTING, ws[i]!)) continue
    for (let k = i + 1; k <= i + L.REPORT_WINDOW && k < ws.length; k++) if (L.REPORTED.has(ws[k]!)) return true
  }
  return false
}

export function opensDependent(ws: string[]): boolean {
  const [first = '', second = ''] = ws
  return L.DEPENDENT_OPENERS.has(first) || (L.BACK_PREPOSITIONS.has(first) && L.DISTAL.has(second))
}

function isGeneral(ws: string[]): boolean {
  // A sentence that opens with إنّ asserts; after normalization it is "ان" or "انه/انها".
  if (/^ان(?:ه|ها)?$/.test(ws[0] ?? '')) return true
  return ws.some((w) => has(L.GENERAL, w)) || bigrams(ws, L.GENERAL_PAIRS)
}

function lengthCode(words: number): FeatureCode {
  if (words < FRAGMENT_WORDS) return 'length-fragment'
  if (words < IDEAL_MIN_WORDS) return 'length-short'
  if (words <= IDEAL_MAX_WORDS) return 'length-ideal'
  if (words <= TOO_LONG_WORDS) return 'length-long'
  return 'length-too-long'
}

/** The feature codes that hold for a text, in the order of FEATURES; `words` from the Arabic core. */
export function featureCodes(text: string, kind: CandidateKind, words: number, ws: string[]): FeatureCode[] {
  const codes: FeatureCode[] = [lengthCode(words)]
  if (/[؟?]/.test(text)) codes.push('question')
  if (text.includes('!') || (ws[0] === 'ما' && L.WONDER.has(ws[1] ?? ''))) codes.push('exclamation')
  if (hasContrast(ws)) codes.push('contrast')
  if (isPersonal(ws)) codes.push('personal')
  if (isGeneral(ws)) codes.push('general')
  if (QUOTE_MARK.test(text)) codes.push('quotation')
  codes.push(TERMINAL.test(text.replace(TRAILING, '')) ? 'complete' : 'unfinished')
  if (opensDependent(ws)) codes.push('dependent-opening')
  if (hasDate(text, ws)) codes.push('date')
  if (DIGIT.test(text)) codes.push('digits')
  if (PAREN.test(text)) codes.push('parentheses')
  if (isAttributed(text, ws)) codes.push('attribution')
  if (kind === 'clause') codes.push('clause-cut')
  if (kind === 'pair') codes.push('pair')
  return codes
}

function reason(code: FeatureCode, words: number): PullQuoteReason {
  // The length reasons carry the count and the range, so the reader sees the measure itself.
  return { code, weight: FEATURES[code].weight, said: msg(`pq.${code}`, { words }) }
}

/** Scores one candidate text; `kind` adds the cost of cutting a clause or joining two sentences. */
export function scoreFeatures(text: string, kind: CandidateKind = 'sentence'): FeatureScore {
  return scoreWithWords(text, kind, featureWords(text))
}

/** As scoreFeatures, for callers that already hold the normalized words and the word count. */
export function scoreWithWords(text: string, kind: CandidateKind, ws: string[], words = tokenizeWords(text).length): FeatureScore {
  const reasons = featureCodes(text, kind, words, ws).map((c) => reason(c, words))
  const score = Math.round(reasons.reduce((s, r) => s + r.weight, 0) * 100) / 100
  return { score, words, reasons }
}
