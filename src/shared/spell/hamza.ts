// Hamza slips: a word whose only fault is the hamza on an alef (اصبحت for أصبحت، الى for إلى,
// إستثمار for استثمار). They are most of what a real column gets flagged for, many papers drop
// the hamza of a bare alef as house style, and the fix is mechanical when only one hamza
// spelling is a word. So they are a kind of their own: their own underline, "fix all" for the
// unambiguous ones (ان may be أن، إن or آن: the writer decides), and a house style that accepts
// a hamza left out. ى/ي and ة/ه stay ordinary misspellings: no house style drops those.

/** The alef and its hamza forms: a slip swaps one for another. */
const ALEFS = 'اأإآ'
/** Two alefs changed at most (الاخرى، اولئك): more is a different word, not a slip. */
const MAX_CHANGES = 2
/** Words with more alefs than this are not tried (a long compound): the cost grows as 4^n. */
const MAX_ALEFS = 6
/** What may stand before the article: its alef is at the end of one of these. */
const BEFORE_ARTICLE = new Set(['', 'و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك', 'فك'])

export interface HamzaSlip {
  /** The correct words that differ from the key only in alef forms, in a stable order. */
  forms: string[]
  /** The one fix when exactly one form is a word (what "fix all" applies); null when ambiguous. */
  fix: string | null
  /**
   * True when the writer only left a hamza out (a bare ا where a form has أ، إ or آ): the house
   * style "hamza on alef optional" accepts such a word. A hamza written where none belongs is not.
   */
  omitted: boolean
}

/**
 * Whether the misspelled `key` is a hamza slip, judged by `isCorrect` (the checker's own rules,
 * clitics included). Null when no alef spelling of it is a word.
 *
 * AyaSpell lists the question particle أ glued to words (ألأول = أ + الأول, ألى, آو), so two
 * narrowings keep "fix all" useful: a form that puts a hamza on the article's alef is dropped
 * when another form leaves that alef alone (الاول is الأول), and among several forms, one
 * that is a frequent word (`frequent`: إلى, أو, أمام) while the others are not is the fix.
 * ان stays ambiguous: أن and إن are both frequent.
 */
export function hamzaSlip(key: string, isCorrect: (word: string) => boolean, frequent: (word: string) => boolean = () => false): HamzaSlip | null {
  const at: number[] = []
  for (let i = 0; i < key.length; i++) if (ALEFS.includes(key[i]!)) at.push(i)
  if (at.length === 0 || at.length > MAX_ALEFS) return null
  const found: { word: string; onlyAdded: boolean; article: boolean }[] = []
  const letters = Array.from(key)
  const articleAlef = (i: number): boolean => key.startsWith('ال', i) && BEFORE_ARTICLE.has(key.slice(0, i))
  const visit = (from: number, changed: number, onlyAdded: boolean): void => {
    if (changed > 0) {
      const w = letters.join('')
      if (isCorrect(w)) found.push({ word: w, onlyAdded, article: at.some((i) => articleAlef(i) && letters[i] !== key[i]) })
    }
    if (changed === MAX_CHANGES) return
    for (let j = from; j < at.length; j++) {
      const i = at[j]!
      const was = key[i]!
      for (const alef of ALEFS) {
        if (alef === was) continue
        letters[i] = alef
        visit(j + 1, changed + 1, onlyAdded && was === 'ا')
      }
      letters[i] = was
    }
  }
  visit(0, 0, true)
  const kept = found.some((f) => !f.article) ? found.filter((f) => !f.article) : found
  if (kept.length === 0) return null
  const forms = kept.map((f) => f.word)
  const common = forms.filter(frequent)
  const fix = forms.length === 1 ? forms[0]! : common.length === 1 ? common[0]! : null
  return { forms, fix, omitted: kept.some((f) => f.onlyAdded) }
}
