import { normalizeArabic } from './normalize'

// Words that are followed by a full stop without ending the sentence. Single letters
// (د. م. أ. ص. J.) are handled by rule, not listed. Arabic entries are compared after
// search normalization, so spelling variants (الخ / إلخ) need no separate entry.
const ARABIC = ['إلخ', 'مج']
const LATIN = ['dr', 'mr', 'mrs', 'ms', 'prof', 'jr', 'sr', 'st', 'no', 'vs', 'vol', 'pp', 'fig', 'gen', 'col', 'lt', 'sgt', 'inc', 'ltd', 'co', 'corp']

// Built on first use: importing the module must not build the normalization table.
let set: Set<string> | null = null

export function isAbbreviation(word: string): boolean {
  set ??= new Set([...ARABIC.map((w) => normalizeArabic(w)), ...LATIN])
  return set.has(normalizeArabic(word))
}
