// Light stemming for search: a word's attached letters come off so that «للأزمة», «والأزمة»,
// «بالأزمة» and «أزمته» all meet «الأزمة» in the index. Rule-based, never a root stemmer: only
// the proclitics و ف ب ك ل, the article ال in the combinations writers use, and the attached
// pronouns ه ها هم هما هن ك كم نا ي. Precision comes from three things (docs/arabic-text.md):
// - it reads words in normalizeForStems form, where ة, ى and hamza are still as written, so
//   «الرياضة» ends in ة (never a pronoun) and «إلغاء» has no article;
// - minimum stem lengths (2 letters after the article, 3 otherwise: «وطن» keeps its و);
// - a list of words whose first or last letters only look like clitics (stem-keep.ts, made
//   from the corpus and the AyaSpell word list: «ولاية», «وزير», «سعودي», «اتجاه»).
// The result is a key, not a word: other letters are folded as search folds them, a final ة
// or ى stays, and before a pronoun both readings of ت/ة and ا/ى are keys (حكومة and حكومته
// share حكومة; بيت and بيته share بيت).
import { KEEP_WORDS } from './stem-keep'

/** Letters left after the article. */
export const ARTICLE_MIN = 2
/** Letters left after other clitics. */
export const STEM_MIN = 3

const W = 0x0648 // و
const F = 0x0641 // ف
const B = 0x0628 // ب
const K = 0x0643 // ك
const L = 0x0644 // ل
const ALEF = 0x0627

/** Attached pronouns, longest first. */
export const PRONOUNS: readonly string[] = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ك', 'ي']


/**
 * Words that never lose letters: function words that start like the article, and the
 * prepositions على، إلى، لدى with a pronoun («عليه» is not the name علي + ه).
 */
const FIXED = [
  ...['الله', 'اللهم', 'الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللاتي', 'اللواتي', 'اللائي', 'الآن', 'الان'],
  ...['علي', 'إلي', 'الي', 'لدي'].flatMap((p) => PRONOUNS.map((s) => p + s))
]

/** Search folding of the letters normalizeForStems keeps. */
export function foldKept(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x0622 || c === 0x0623 || c === 0x0625) out += 'ا'
    else if (c === 0x0624) out += 'و'
    else if (c === 0x0626 || c === 0x0649) out += 'ي'
    else if (c === 0x0629) out += 'ه'
    else out += s[i]
  }
  return out
}

export interface StemRules {
  /** Words (in normalizeForStems form) whose clitic-like letters are part of the word. */
  keep: ReadonlySet<string>
}

let defaultRules: StemRules | null = null

function rules(): StemRules {
  if (!defaultRules) defaultRules = { keep: new Set([...KEEP_WORDS.split(' '), ...FIXED]) }
  return defaultRules
}

/** An analysis: the stem is word.slice(p, word.length - s). */
interface Cut {
  p: number
  s: number
}

/** Lengths of the proclitic sequences `word` starts with (article last, one letter each otherwise). */
function prefixes(word: string): { len: number; article: boolean }[] {
  const out: { len: number; article: boolean }[] = [{ len: 0, article: false }]
  let i = 0
  const c0 = word.charCodeAt(0)
  if (c0 === W || c0 === F) {
    i = 1
    out.push({ len: 1, article: false })
  }
  const c1 = word.charCodeAt(i)
  if (c1 === B || c1 === K || c1 === L) {
    // لل is ل + ال with the alef dropped.
    if (c1 === L && word.charCodeAt(i + 1) === L) out.push({ len: i + 2, article: true })
    out.push({ len: i + 1, article: false })
    i += 1
  }
  if (word.charCodeAt(i) === ALEF && word.charCodeAt(i + 1) === L) out.push({ len: i + 2, article: true })
  return out
}

function pronoun(word: string): number {
  for (const p of PRONOUNS) if (word.length > p.length && word.endsWith(p)) return p.length
  return 0
}

/** Whether the list knows `stem`, read before a pronoun as its dictionary form (والدت → والدة). */
function kept(keep: ReadonlySet<string>, stem: string, beforePronoun: boolean): boolean {
  if (keep.has(stem)) return true
  if (!beforePronoun) return false
  const last = stem[stem.length - 1]
  return (last === 'ت' && keep.has(`${stem.slice(0, -1)}ة`)) || (last === 'ا' && keep.has(`${stem.slice(0, -1)}ى`))
}

/**
 * The cut to use. A stem the keep-list knows wins (the longest such: «وزير» stays whole);
 * otherwise the cut that takes off most letters; on a tie the article first («للملك» is
 * لل + ملك), then a pronoun before a proclitic («بيته» is بيت + ه, not ب + يته). The article
 * takes no pronoun after it.
 */
function bestCut(word: string, keep: ReadonlySet<string>): Cut {
  const suffix = pronoun(word)
  let best: Cut = { p: 0, s: 0 }
  let bestKept: Cut | null = null
  let bestIsArticle = false
  const consider = (p: number, s: number, min: number, article: boolean): void => {
    const n = word.length - p - s
    if (n < min) return
    if (kept(keep, word.slice(p, word.length - s), s > 0)) {
      if (!bestKept || n > word.length - bestKept.p - bestKept.s) bestKept = { p, s }
      return
    }
    const taken = p + s
    const had = best.p + best.s
    // On a tie the article wins (للملك is لل + ملك, not ل + لمل + ك), then a pronoun.
    if (taken > had || (taken === had && !bestIsArticle && (article || s > best.s))) {
      best = { p, s }
      bestIsArticle = article
    }
  }
  for (const { len, article: isArticle } of prefixes(word)) {
    if (isArticle) consider(len, 0, ARTICLE_MIN, true)
    else {
      consider(len, 0, len === 0 ? 0 : STEM_MIN, false)
      if (suffix) consider(len, suffix, STEM_MIN, false)
    }
  }
  return bestKept ?? best
}

/**
 * The stem's spellings in the index. A final ة stays ة and a final ى stays ى (letters the
 * search-folded form columns never hold, so حكومة's key is no word's form: المرأة's key مرأة
 * is not مرات). Before a pronoun a final ت may be a ة (حكومته) or a ت (بيته), and a final ا
 * may be a ى (مستواه): both readings are keys. A hamza seat left bare by a pronoun is ء.
 */
function keysOf(stem: string, afterPronoun: boolean): string[] {
  const last = stem.charCodeAt(stem.length - 1)
  const body = foldKept(stem.slice(0, -1))
  if (last === 0x0629) return [`${body}ة`]
  if (last === 0x0649) return [`${body}ى`]
  if (afterPronoun) {
    if (last === 0x062a) return [`${body}ت`, `${body}ة`]
    if (last === 0x0627) return [`${body}ا`, `${body}ى`]
    if (last === 0x0624 || last === 0x0626) return [`${body}ء`]
  }
  return [foldKept(stem)]
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/

/**
 * The stem keys of one token in normalizeForStems form (a token as the index splits text):
 * usually one, two when a pronoun leaves the stem's last letter ambiguous (see keysOf). A
 * token not made only of Arabic letters is its own key, search-folded.
 */
export function stemKeys(token: string, r: StemRules = rules()): string[] {
  if (token.length < 3 || !ARABIC_WORD.test(token)) return [foldKept(token)]
  const cut = bestCut(token, r.keep)
  return keysOf(token.slice(cut.p, token.length - cut.s), cut.s > 0)
}

/** The first stem key of a token (see stemKeys). */
export function stemKey(token: string, r: StemRules = rules()): string {
  return stemKeys(token, r)[0]!
}

/** The cut itself, for tests and explanations: [proclitics, stem, pronoun]. */
export function stemParts(token: string, r: StemRules = rules()): [string, string, string] {
  if (token.length < 3 || !ARABIC_WORD.test(token)) return ['', token, '']
  const { p, s } = bestCut(token, r.keep)
  return [token.slice(0, p), token.slice(p, token.length - s), token.slice(token.length - s)]
}

// A newspaper's vocabulary is small next to its word count: a cache makes stemming an import
// mostly one map lookup a word. Emptied when full so that it cannot grow without bound.
const CACHE_MAX = 200_000
const cache = new Map<string, string[]>()

/** stemKeys, memoized (default rules only). */
export function cachedStemKeys(token: string): string[] {
  let keys = cache.get(token)
  if (keys === undefined) {
    keys = stemKeys(token)
    if (cache.size >= CACHE_MAX) cache.clear()
    cache.set(token, keys)
  }
  return keys
}
