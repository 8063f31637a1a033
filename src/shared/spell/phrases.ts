// Misspellings that no word-by-word check can see because each word is a real word:
// إنشاء الله is "the building of God" (إنشاء = construction), not "God willing" (إن شاء الله).
// This needs the text, not a list of words, and no dictionary: the editor runs it itself, and
// `amud spell` reports it with the words.
import { normalizeWithMap, toOriginalRange } from '../arabic/normalize'

export interface PhraseError {
  /** [start, end) in the original text. */
  start: number
  end: number
  /** The phrase as written. */
  text: string
  suggestion: string
}

// Matched on the search-normalized text, so hamza forms, tashkeel and tatweel don't matter.
const RULES: readonly { pattern: RegExp; suggestion: string }[] = [
  // إنشاء الله، انشاء الله، إنشاءالله
  { pattern: /(?<![\p{L}\p{M}])انشاء\s*الله(?![\p{L}\p{M}])/gu, suggestion: 'إن شاء الله' },
  // ماشاء الله، ماشاءالله
  { pattern: /(?<![\p{L}\p{M}])ماشاء\s*الله(?![\p{L}\p{M}])/gu, suggestion: 'ما شاء الله' }
]

/** Known wrong phrases in `text`, in order of position. */
export function findPhraseErrors(text: string): PhraseError[] {
  const normalized = normalizeWithMap(text)
  const out: PhraseError[] = []
  for (const { pattern, suggestion } of RULES) {
    for (const m of normalized.text.matchAll(pattern)) {
      const [start, end] = toOriginalRange(normalized, m.index, m.index + m[0].length)
      // toOriginalRange reaches over trailing marks; trailing spaces are not part of the phrase.
      const raw = text.slice(start, end).trimEnd()
      out.push({ start, end: start + raw.length, text: raw, suggestion })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
