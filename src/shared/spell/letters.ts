// What spelling compares: the letters only. Tashkeel and tatweel decorate a word and never make
// it wrong, and invisible joiners or bidi marks are not the writer's spelling either, so all of
// them go before a lookup. Hamza forms, alef maqsura and teh marbuta are NOT folded here (unlike
// search normalization): writing them wrong is exactly what a checker must catch.

/** Tashkeel (U+064B–U+065F), superscript alef, Quranic marks, honorific signs, tatweel. */
const DECORATION = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0610-\u061A\u08D3-\u08FF\u0640]/g
/** ZWJ, ZWNJ, ZWSP, word joiner, BOM, soft hyphen, bidi controls. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u061C\u202A-\u202E\u2066-\u2069]/g

/**
 * The letters of a word as the dictionary spells them: decoration removed, and the Persian
 * keyboard's yeh and kaf (which look the same in Arabic text) and alef wasla folded to the
 * Arabic letters.
 */
export function spellingKey(word: string): string {
  let w = word.replace(DECORATION, '').replace(INVISIBLE, '')
  if (/[\u06CC\u06A9\u0671]/.test(w))
    w = w
      .replace(/\u06CC/g, 'ي')
      .replace(/\u06A9/g, 'ك')
      .replace(/\u0671/g, 'ا')
  return w
}

/** Arabic letters proper: the block's letters, without digits, punctuation or marks. */
const ARABIC_LETTERS = /^[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5]+$/

/** True when the key (see spellingKey) is made of Arabic letters only: the words we check. */
export function isArabicKey(key: string): boolean {
  return key.length > 0 && ARABIC_LETTERS.test(key)
}

/** The letters a suggestion may insert or substitute: the Arabic alphabet and its hamza forms. */
export const ALPHABET = Array.from('ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي')

/**
 * Letters writers confuse because they sound or look alike, or because the rule that picks one
 * is hard (hamza seats, final yeh, teh marbuta). A swap inside one group costs less than an
 * arbitrary typo, so these rank first among suggestions.
 */
export const CONFUSABLE_GROUPS: readonly string[] = ['اأإآ', 'ةهت', 'ىي', 'ؤوئء', 'ئيى', 'ضظد', 'ذزد', 'ثسص', 'طت', 'قك', 'حه']

const confusable = new Map<string, Set<string>>()
for (const group of CONFUSABLE_GROUPS) {
  for (const a of group) {
    const set = confusable.get(a) ?? new Set<string>()
    for (const b of group) if (b !== a) set.add(b)
    confusable.set(a, set)
  }
}

/** The letters that `letter` is commonly confused with (empty for most letters). */
export function confusablesOf(letter: string): ReadonlySet<string> {
  return confusable.get(letter) ?? EMPTY
}
const EMPTY: ReadonlySet<string> = new Set()

/** Letters whose omission or addition is a common slip: the hamza, the alef (of وا too), hamza-on-alef. */
export const CHEAP_INSERTS: readonly string[] = ['ء', 'ا', 'أ']
