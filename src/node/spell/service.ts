// The SpellService over a library: the worker judges words against the dictionary; the
// person's own words and an article's ignored words, which live in the library, are applied
// here. Those are few and change often, so they are read per call (a small SELECT) rather than
// cached: the amud command may edit them while the app runs.
import { AmudError } from '../../shared/model/errors'
import { MAX_SPELL_WORD, type SpellCheckResult, type SpellService, type SpellVerdict, type UserWord } from '../../shared/spell/api'
import { isCorrectKey, setLexicon } from '../../shared/spell/check'
import { isArabicKey, spellingKey } from '../../shared/spell/letters'
import { sharedSpellWorker, type SpellEngine } from './worker-client'

/** The library's part: the Library class implements it (src/node/library/dictionary.ts). */
export interface SpellStore {
  listUserWords(): UserWord[]
  addUserWord(word: string): UserWord
  removeUserWord(word: string): boolean
  ignoreWordInArticle(articleId: string, word: string): void
  ignoredWords(articleId: string): string[]
}

export function isSpellStore(x: unknown): x is SpellStore {
  const s = x as Partial<Record<keyof SpellStore, unknown>> | null
  return typeof s?.listUserWords === 'function' && typeof s.ignoredWords === 'function'
}

/** A word the checker judges: Arabic letters, two or more, not absurdly long. */
function checkableKey(word: string): string | null {
  const key = spellingKey(word)
  return key.length > 1 && key.length <= MAX_SPELL_WORD && isArabicKey(key) ? key : null
}

/** The key to store for a word the person adds or ignores; refuses what the checker never flags. */
function storableKey(word: string): string {
  const key = checkableKey(word.trim())
  if (key) return key
  throw new AmudError(
    'invalid',
    `"${word.slice(0, 80)}" is not an Arabic word Amud checks: its dictionary holds Arabic words of 2 to ${MAX_SPELL_WORD} letters (English is checked by the system's own checker).`
  )
}

export function createSpellService(store: SpellStore, engine: () => SpellEngine = sharedSpellWorker): SpellService {
  return {
    async checkSpelling(articleId, words) {
      const user = setLexicon(store.listUserWords().map((w) => w.word))
      const ignored = new Set(articleId ? store.ignoredWords(articleId) : [])
      const keys = words.map(checkableKey)
      // Only what neither the person's words nor the article's ignore list settles goes to the worker, once per key.
      const ask = [...new Set(keys.filter((k): k is string => k !== null && !ignored.has(k) && !isCorrectKey(k, user)))]
      const verdicts = new Map<string, SpellVerdict>()
      if (ask.length) (await engine().check(ask)).forEach((v, i) => verdicts.set(ask[i]!, v))
      return words.map((word, i): SpellCheckResult => {
        const v = verdicts.get(keys[i] ?? '')
        return v ? { word, ...v } : { word, correct: true, suggestions: [] }
      })
    },

    async spellingSuggestions(word) {
      const key = checkableKey(word)
      return key ? engine().suggest(key) : []
    },

    async addToDictionary(word) {
      return store.addUserWord(storableKey(word))
    },

    async removeFromDictionary(word) {
      // Removing takes any text: a word stored by an older rule must still be removable.
      return store.removeUserWord(spellingKey(word.trim()))
    },

    async listDictionary() {
      return store.listUserWords()
    },

    async ignoreWordInArticle(articleId, word) {
      store.ignoreWordInArticle(articleId, storableKey(word))
    }
  }
}

const services = new WeakMap<object, SpellService>()

/** The spell service of a library (one per library object; the worker is shared). */
export function spellServiceFor(library: object): SpellService {
  let s = services.get(library)
  if (!s) {
    if (!isSpellStore(library)) throw new AmudError('invalid', 'This library cannot keep a personal dictionary.')
    s = createSpellService(library)
    services.set(library, s)
  }
  return s
}
