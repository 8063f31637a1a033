// Is a word spelled right? The dictionary decides, through the clitic analysis; a few
// patterns the dictionary cannot hold are added here, each one narrow on purpose.
import { isKnownWord, type Lexicon } from './clitics'
import { isArabicKey, spellingKey } from './letters'

/**
 * Theophoric names written as one word (عبدالعزيز، وعبدالله): Saudi and Gulf papers join them
 * so. Accepted only when what follows عبد is itself a definite word the lexicon knows.
 */
const JOINED_ABD = /^([وفبل]?)عبد(ال[\u0621-\u064A]{2,})$/

/**
 * Hamza before the و of a plural verb: بدأوا / بدؤوا، يقرأون / يقرؤون، جاءوا / جاؤوا. Both seats
 * are taught and printed; AyaSpell lists only ؤ, so the other is read as its ؤ form.
 */
const HAMZA_BEFORE_WAW = /[أء](?=و[ان]$)/

/** True when `key` (a spelling key) is a correct word under the rules. */
export function isCorrectKey(key: string, lexicon: Lexicon): boolean {
  if (isKnownWord(key, lexicon)) return true
  const abd = JOINED_ABD.exec(key)
  if (abd) return lexicon.has(abd[2]!)
  return HAMZA_BEFORE_WAW.test(key) && isKnownWord(key.replace(HAMZA_BEFORE_WAW, 'ؤ'), lexicon)
}

/**
 * Whether a word is ours to judge: Arabic letters only, more than one letter. Anything else
 * (English, numbers, a lone clitic before a tatweel) is reported correct.
 */
export function isCheckable(word: string): boolean {
  const key = spellingKey(word)
  return key.length > 1 && isArabicKey(key)
}

/** Several lexicons as one: the dictionary, Amud's additions, the user's words. */
export function unionLexicon(...parts: Lexicon[]): Lexicon {
  return { has: (w) => parts.some((p) => p.has(w)) }
}

/** A lexicon over a plain list of words (user dictionaries, tests). */
export function setLexicon(words: Iterable<string>): Lexicon & { add(word: string): void; delete(word: string): void } {
  const set = new Set<string>()
  for (const w of words) set.add(spellingKey(w))
  return {
    has: (w) => set.has(w),
    add: (w) => void set.add(spellingKey(w)),
    delete: (w) => void set.delete(spellingKey(w))
  }
}
