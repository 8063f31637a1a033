// The checker as the worker and the CLI use it: words in, verdicts and suggestions out, with a
// cache because an article repeats its words and the editor re-sends them on every change.
import { isCheckable, isCorrectKey } from './check'
import type { Lexicon } from './clitics'
import { spellingKey } from './letters'
import { suggestKeys, MAX_SUGGESTIONS } from './suggest'

export interface SpellResult {
  /** The word exactly as it was sent. */
  word: string
  correct: boolean
  /** Best first, at most 5; empty when correct (or when nothing close is known). */
  suggestions: string[]
}

const CACHE_LIMIT = 50_000

export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>()
  private readonly suggestions = new Map<string, string[]>()

  constructor(private readonly lexicon: Lexicon) {}

  /** Whether the word is correct (words that are not Arabic are not ours, so correct). */
  isCorrect(word: string): boolean {
    if (!isCheckable(word)) return true
    const key = spellingKey(word)
    let v = this.verdicts.get(key)
    if (v === undefined) {
      v = isCorrectKey(key, this.lexicon)
      remember(this.verdicts, key, v)
    }
    return v
  }

  suggest(word: string, max = MAX_SUGGESTIONS): string[] {
    if (!isCheckable(word)) return []
    const key = spellingKey(word)
    let s = this.suggestions.get(key)
    if (!s) {
      s = suggestKeys(key, this.lexicon, MAX_SUGGESTIONS)
      remember(this.suggestions, key, s)
    }
    return s.slice(0, max)
  }

  check(word: string, withSuggestions = true): SpellResult {
    const correct = this.isCorrect(word)
    return { word, correct, suggestions: correct || !withSuggestions ? [] : this.suggest(word) }
  }

  /** Forget verdicts: the lexicon changed (a word added to or removed from the user's list). */
  clear(): void {
    this.verdicts.clear()
    this.suggestions.clear()
  }
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  // Crude but bounded: a long session of new words starts the cache over.
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, value)
}
