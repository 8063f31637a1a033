// The checker as the worker and the CLI use it: words in, verdicts and suggestions out, with a
// cache because an article repeats its words and the editor re-sends them on every change.
import { isCheckable, isCorrectKey } from './check'
import type { Lexicon } from './clitics'
import { hamzaSlip, type HamzaSlip } from './hamza'
import { spellingKey } from './letters'
import { isFrequentWord, suggestKeys, MAX_SUGGESTIONS } from './suggest'

export interface SpellResult {
  /** The word exactly as it was sent. */
  word: string
  correct: boolean
  /** Best first, at most 5; empty when correct (or when nothing close is known). */
  suggestions: string[]
  /** For a flagged word: 'hamza' when its only fault is the hamza on an alef (hamza.ts), else 'word'. */
  kind?: SpellIssueKind
  /** A hamza slip with one correct spelling: that spelling ("fix all" applies it). */
  fix?: string
  /** A hamza slip where a hamza was only left out: accepted by the house style "hamza on alef optional". */
  hamzaOmitted?: boolean
}

export type SpellIssueKind = 'word' | 'hamza'

const CACHE_LIMIT = 50_000

export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>()
  private readonly suggestions = new Map<string, string[]>()
  private readonly slips = new Map<string, HamzaSlip | null>()

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

  /** For a misspelled word: whether its only fault is a hamza on an alef, and its hamza spellings. */
  hamza(word: string): HamzaSlip | null {
    if (this.isCorrect(word)) return null
    const key = spellingKey(word)
    let s = this.slips.get(key)
    if (s === undefined) {
      s = hamzaSlip(key, (w) => isCorrectKey(w, this.lexicon), isFrequentWord)
      remember(this.slips, key, s)
    }
    return s
  }

  check(word: string, withSuggestions = true): SpellResult {
    const correct = this.isCorrect(word)
    if (correct) return { word, correct, suggestions: [] }
    const suggestions = this.suggest(word)
    const slip = this.hamza(word)
    // A better reading than any hamza spelling (لايمكن is لا يمكن, not لأيمكن) makes it no hamza slip.
    if (!slip || (suggestions[0] !== undefined && !slip.forms.includes(suggestions[0]))) {
      return { word, correct, suggestions: withSuggestions ? suggestions : [], kind: 'word' }
    }
    // The hamza spellings first (the fix first of all), then the rest in the suggestions' order.
    const place = (w: string): number => (w === slip.fix ? -1 : suggestions.includes(w) ? suggestions.indexOf(w) : suggestions.length)
    const forms = [...slip.forms].sort((a, b) => place(a) - place(b))
    const ordered = [...forms, ...suggestions.filter((s) => !slip.forms.includes(s))].slice(0, MAX_SUGGESTIONS)
    return { word, correct, suggestions: withSuggestions ? ordered : [], kind: 'hamza', hamzaOmitted: slip.omitted, ...(slip.fix ? { fix: slip.fix } : {}) }
  }

  /** Forget verdicts: the lexicon changed (a word added to or removed from the user's list). */
  clear(): void {
    this.verdicts.clear()
    this.suggestions.clear()
    this.slips.clear()
  }
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  // Crude but bounded: a long session of new words starts the cache over.
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, value)
}
