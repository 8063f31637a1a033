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
  // Most words hold none of these letters: they come back as they are, without a copy.
  let i = 0
  for (; i < s.length; i++) if (keptLetter(s.charCodeAt(i))) break
  if (i === s.length) return s
  let out = s.slice(0, i)
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x0622 || c === 0x0623 || c === 0x0625) out += 'ا'
    else if (c === 0x0624) out += 'و'
    else if (c === 0x0626 || c === 0x0649) out += 'ي'
    else if (c === 0x0629) out += 'ه'
    else out += s[i]
  }
  return out
}

function keptLetter(c: number): boolean {
  return c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0624 || c === 0x0626 || c === 0x0649 || c === 0x0629
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

/** Lengths of the proclitic sequences `word` starts with, into PREFIX_LEN (article: PREFIX_ARTICLE). */
const PREFIX_LEN = new Int32Array(4)
const PREFIX_ARTICLE = new Uint8Array(4)

/** Fills PREFIX_LEN/PREFIX_ARTICLE with the cuts in front (none first; article last, one letter each otherwise); returns how many. */
function prefixes(word: string): number {
  PREFIX_LEN[0] = 0
  PREFIX_ARTICLE[0] = 0
  let count = 1
  let i = 0
  const c0 = word.charCodeAt(0)
  if (c0 === W || c0 === F) {
    i = 1
    PREFIX_LEN[count] = 1
    PREFIX_ARTICLE[count++] = 0
  }
  const c1 = word.charCodeAt(i)
  if (c1 === B || c1 === K || c1 === L) {
    // لل is ل + ال with the alef dropped.
    if (c1 === L && word.charCodeAt(i + 1) === L) {
      PREFIX_LEN[count] = i + 2
      PREFIX_ARTICLE[count++] = 1
    }
    PREFIX_LEN[count] = i + 1
    PREFIX_ARTICLE[count++] = 0
    i += 1
  }
  if (word.charCodeAt(i) === ALEF && word.charCodeAt(i + 1) === L) {
    PREFIX_LEN[count] = i + 2
    PREFIX_ARTICLE[count++] = 1
  }
  return count
}

const HEH = 0x0647
const MEEM = 0x0645
const NOON = 0x0646
const YEH = 0x064a

/** The length of the attached pronoun `word` ends with (PRONOUNS, longest first), or 0. */
function pronoun(word: string): number {
  const n = word.length
  const last = word.charCodeAt(n - 1)
  const prev = n > 2 ? word.charCodeAt(n - 2) : 0
  if (last === ALEF && prev === MEEM && n > 3 && word.charCodeAt(n - 3) === HEH) return 3 // هما
  if ((last === MEEM || last === NOON || last === ALEF) && prev === HEH) return 2 // هم هن ها
  if ((last === MEEM && prev === K) || (last === ALEF && prev === NOON)) return 2 // كم نا
  if (n > 1 && (last === HEH || last === K || last === YEH)) return 1 // ه ك ي
  return 0
}

/** Whether the list knows `stem`, read before a pronoun as its dictionary form (والدت → والدة). */
function kept(keep: ReadonlySet<string>, stem: string, beforePronoun: boolean): boolean {
  if (keep.has(stem)) return true
  if (!beforePronoun) return false
  const last = stem[stem.length - 1]
  return (last === 'ت' && keep.has(`${stem.slice(0, -1)}ة`)) || (last === 'ا' && keep.has(`${stem.slice(0, -1)}ى`))
}

// bestCut's state while it weighs the cuts (module-level: no closure or object per word).
let bestP = 0
let bestS = 0
let bestIsArticle = false
let keptP = -1
let keptS = 0

/** Weighs the cut (p, s) of `word`: a stem of at least `min` letters. */
function consider(word: string, keep: ReadonlySet<string>, p: number, s: number, min: number, article: boolean): void {
  const n = word.length - p - s
  if (n < min) return
  if (kept(keep, word.slice(p, word.length - s), s > 0)) {
    if (keptP < 0 || n > word.length - keptP - keptS) {
      keptP = p
      keptS = s
    }
    return
  }
  const taken = p + s
  const had = bestP + bestS
  // On a tie the article wins (للملك is لل + ملك, not ل + لمل + ك), then a pronoun.
  if (taken > had || (taken === had && !bestIsArticle && (article || s > bestS))) {
    bestP = p
    bestS = s
    bestIsArticle = article
  }
}

/**
 * The cut to use, as [proclitic letters, pronoun letters] in CUT. A stem the keep-list knows
 * wins (the longest such: «وزير» stays whole); otherwise the cut that takes off most letters;
 * on a tie the article first («للملك» is لل + ملك), then a pronoun before a proclitic («بيته»
 * is بيت + ه, not ب + يته). The article takes no pronoun after it.
 */
function bestCut(word: string, keep: ReadonlySet<string>): void {
  const suffix = pronoun(word)
  bestP = 0
  bestS = 0
  bestIsArticle = false
  keptP = -1
  keptS = 0
  const count = prefixes(word)
  for (let j = 0; j < count; j++) {
    const len = PREFIX_LEN[j]!
    if (PREFIX_ARTICLE[j] === 1) consider(word, keep, len, 0, ARTICLE_MIN, true)
    else {
      consider(word, keep, len, 0, len === 0 ? 0 : STEM_MIN, false)
      if (suffix) consider(word, keep, len, suffix, STEM_MIN, false)
    }
  }
  if (keptP >= 0) {
    CUT_P = keptP
    CUT_S = keptS
  } else {
    CUT_P = bestP
    CUT_S = bestS
  }
}

let CUT_P = 0
let CUT_S = 0

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
  return arabicWordKeys(token, r)
}

/** stemKeys of a token the caller knows is 3 Arabic letters (U+0621–U+064A) or more: no test. */
export function arabicWordKeys(word: string, r: StemRules = rules()): string[] {
  bestCut(word, r.keep)
  return keysOf(word.slice(CUT_P, word.length - CUT_S), CUT_S > 0)
}

/** The first stem key of a token (see stemKeys). */
export function stemKey(token: string, r: StemRules = rules()): string {
  return stemKeys(token, r)[0]!
}

/** The cut itself, for tests and explanations: [proclitics, stem, pronoun]. */
export function stemParts(token: string, r: StemRules = rules()): [string, string, string] {
  if (token.length < 3 || !ARABIC_WORD.test(token)) return ['', token, '']
  bestCut(token, r.keep)
  const p = CUT_P
  const s = CUT_S
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
