// The spelling calls of the contract (see src/shared/api/contract.ts), answered by the Node
// side's SpellService (src/node/spell/service.ts): the Arabic dictionary runs in a worker
// thread there, and the person's own words live in the library. English is not checked here:
// the host's own checker (Chromium's) underlines it.

export interface SpellCheckResult {
  /** The word exactly as it was sent. */
  word: string
  /** true also for what is not ours to judge: non-Arabic words, numbers, single letters. */
  correct: boolean
  /** Corrections, best first, at most 5; empty when correct or when nothing close is known. */
  suggestions: string[]
  /**
   * For a flagged word: 'hamza' when its only fault is the hamza on an alef (اصبحت، الى), which
   * the editor underlines in its own colour; 'word' for any other misspelling.
   */
  kind?: 'word' | 'hamza'
  /** A hamza slip with exactly one correct spelling: that spelling (what "fix all" applies). */
  fix?: string
  /** A hamza slip where a hamza was only left out: the house style "hamza on alef optional" accepts it. */
  hamzaOmitted?: boolean
}

/** A word's result without the word: what the worker answers, and what the editor caches per word. */
export type SpellVerdict = Omit<SpellCheckResult, 'word'>

export interface UserWord {
  /** As stored: the letters only (tashkeel and tatweel removed). */
  word: string
  /** ISO 8601. */
  addedAt: string
}

/** Most words one checkSpelling call takes: an article's distinct words fit many times over. */
export const MAX_SPELL_BATCH = 5_000
/** Longest word the checker looks at; longer "words" are reported correct. */
export const MAX_SPELL_WORD = 64

export interface SpellService {
  /**
   * Checks words, one result per word in the same order. Send an article's distinct words
   * (extractSpellWords/distinctSpellKeys in src/shared/spell find them); with an articleId the
   * words ignored in that article count as correct. The first call after start-up waits for
   * the dictionary to load (a few seconds).
   */
  checkSpelling(articleId: string | null, words: string[]): Promise<SpellCheckResult[]>
  /** Corrections for one word, best first, at most 5 (empty for a correct word). */
  spellingSuggestions(word: string): Promise<string[]>
  /** Adds an Arabic word to the personal dictionary (kept in the library); its clitic forms count too. */
  addToDictionary(word: string): Promise<UserWord>
  /** Removes a word from the personal dictionary; false when it was not there. */
  removeFromDictionary(word: string): Promise<boolean>
  /** The personal dictionary, in alphabetical order. */
  listDictionary(): Promise<UserWord[]>
  /** Accepts a word in one article only (exactly that word, tashkeel aside). */
  ignoreWordInArticle(articleId: string, word: string): Promise<void>
}
