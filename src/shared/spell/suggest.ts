// Suggestions: words within two edits, where the edits Arabic writers actually make (a hamza
// seat, ة for ه, ى for ي, a dropped alef, ض for ظ) cost half an ordinary typo. Candidates are
// judged by the same rules as any word (clitics included), so a suggestion for بالمدرسه keeps
// its بال: the edit lands in the stem and the clitics stay attached.
import { isCorrectKey } from './check'
import { knownAnalysis, type Lexicon } from './clitics'
import { nearKeys } from './keyboard'
import { ALPHABET, CHEAP_INSERTS, confusablesOf } from './letters'

export const MAX_SUGGESTIONS = 5
const CHEAP = 0.5
/** The classic slips, where they happen: ى/ي and ة/ه at the end, the alef of ذهبوا, the hamza of أ/إ at a word's start. */
const CLASSIC = 0.3
const TYPO = 1
/** Writers rarely mistype a word's first letter; a typo there ranks lower. */
const FIRST_LETTER = 0.3
/** Each clitic a candidate needs to be a word makes it a less likely reading. */
const PER_CLITIC = 0.2
/** Dearer candidates (a typo plus a slip on a short word, mostly) are noise, not help: a name gets none. */
const MAX_COST = 1.45
/** A short word glued to the next (مابين، لايمكن): a classic slip, ranked before the hamza spellings of the glued form. */
const GLUED = CLASSIC - 0.05

/** Frequent words first when costs tie: ان → أن before إن before آن. */
const COMMON = [
  'في',
  'من',
  'على',
  'إلى',
  'أن',
  'إن',
  'عن',
  'مع',
  'هذا',
  'هذه',
  'التي',
  'الذي',
  'الذين',
  'كان',
  'قد',
  'لا',
  'ما',
  'أو',
  'ثم',
  'حتى',
  'بين',
  'بعد',
  'قبل',
  'عند',
  'كل',
  'أي',
  'إذا',
  'أيضا',
  'ذلك',
  'تلك',
  'هو',
  'هي',
  'أنه',
  'إنه',
  'أنها',
  'إلا',
  'أول',
  'الأول',
  'الأولى',
  'أمام',
  'أكثر',
  'أمس',
  'الآن',
  'لكن',
  'كما',
  'عام',
  'يوم',
  'إذ',
  'أم',
  'آل',
  'إيران',
  'إدارة',
  'إضافة',
  'إطار',
  'إعادة',
  'إنتاج',
  'إطلاق',
  'إجراء',
  'إسرائيل',
  // Hamza spellings that the press prints far more often than AyaSpell's other readings (أرهاب، آبو).
  'أبو',
  'أمر',
  'أساسا',
  'إرهاب',
  'الإرهاب',
  'الإرهابي',
  'الإرهابية',
  'إصلاح',
  'الأخبار',
  'الأعمال',
  'الإجراءات',
  'الإنترنت'
]
const COMMON_RANK = new Map(COMMON.map((w, i) => [w, i]))

/** Whether `w` is one of the frequent words above, alone or after و or ف (وإلى). */
export function isFrequentWord(w: string): boolean {
  return COMMON_RANK.has(w) || ((w[0] === 'و' || w[0] === 'ف') && COMMON_RANK.has(w.slice(1)))
}
const CHEAP_SET = new Set(CHEAP_INSERTS)
/** On top of a first edit, only the two commonest slips are inserted: a dropped alef or hamza-on-alef. */
const SECOND_INSERTS = ['ا', 'أ']

const ALEFS = 'اأإآ'
const FINAL_PAIRS = new Set(['ىي', 'يى', 'ةه', 'هة'])
/** Where a word proper starts after its proclitics: an alef there takes its hamza (أن، بإمكان، والأول). */
const STEM_STARTS = new Set(['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'وب', 'فب', 'ول', 'فل'])

function substitutionCost(w: string, i: number, sub: string): number {
  const c = w[i]!
  // The alef of the article is never a hamza: ألأول، آلأول are not what الاول meant.
  if (i === 0 && w.length >= 5 && w.startsWith('ال')) return TYPO + FIRST_LETTER
  if (i === w.length - 1 && FINAL_PAIRS.has(c + sub)) return CLASSIC
  if (c === 'ا' && 'أإآ'.includes(sub) && STEM_STARTS.has(w.slice(0, i))) return CLASSIC
  return CHEAP
}

/** Single edits of `w` into `out` (keeping the lowest cost): cheap slips, and typos unless cheapOnly. */
function edits(w: string, base: number, cheapOnly: boolean, out: Map<string, number>): void {
  const put = (c: string, cost: number): void => {
    const total = base + cost
    if (total < (out.get(c) ?? Infinity)) out.set(c, total)
  }
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i)
    const tail = w.slice(i)
    const lead = i === 0 ? FIRST_LETTER : 0
    for (const ins of cheapOnly ? SECOND_INSERTS : ALPHABET) {
      // An alef beside an alef (الأأسبوع) is never the fix.
      if (ALEFS.includes(ins) && (ALEFS.includes(w[i - 1] ?? '') || ALEFS.includes(w[i] ?? ''))) continue
      if (CHEAP_SET.has(ins)) put(head + ins + tail, CHEAP + lead)
      // A letter dropped: a plain typo only beside a key it shares a finger's reach with (or doubled).
      else if (nearKeys(ins, w[i - 1] ?? '') || nearKeys(ins, w[i] ?? '')) put(head + ins + tail, TYPO + lead)
    }
    if (i === w.length) {
      if (w.endsWith('و')) put(w + 'ا', CLASSIC)
      continue
    }
    const c = w[i]!
    const rest = w.slice(i + 1)
    if (CHEAP_SET.has(c)) put(head + rest, CHEAP)
    // An extra letter: struck twice or with its neighbour.
    else if (!cheapOnly && (nearKeys(c, w[i - 1] ?? '') || nearKeys(c, w[i + 1] ?? ''))) put(head + rest, TYPO + lead)
    const conf = confusablesOf(c)
    for (const sub of conf) put(head + sub + rest, substitutionCost(w, i, sub))
    if (!cheapOnly) {
      // A wrong letter: the key beside the right one.
      for (const sub of ALPHABET) if (sub !== c && !conf.has(sub) && nearKeys(sub, c)) put(head + sub + rest, TYPO + lead)
      const next = w[i + 1]
      if (next !== undefined && next !== c) put(head + next + c + w.slice(i + 2), TYPO)
    }
  }
}

/** How far from a plain dictionary word a candidate is: 0, a penalty per clitic, or null (no word). */
function wordPenalty(w: string, lexicon: Lexicon): number | null {
  if (w.length < 2) return null
  const a = knownAnalysis(w, lexicon)
  if (a) return (a.prefix ? PER_CLITIC : 0) + (a.suffix ? PER_CLITIC : 0)
  // The narrow patterns of check.ts (عبدالله، بدأوا): right, but not a plain dictionary word.
  return isCorrectKey(w, lexicon) ? PER_CLITIC : null
}

/** Short words that writers glue to the next one (مابين، لايمكن، عبدربه). */
const SPLIT_HEADS = new Set([
  'ما',
  'لا',
  'يا',
  'من',
  'عن',
  'في',
  'لم',
  'لن',
  'قد',
  'هل',
  'بل',
  'أو',
  'ثم',
  'إن',
  'أن',
  'كل',
  'عبد',
  'أبو',
  'بن',
  'ذو',
  'إلى',
  'على',
  'حتى',
  'كما',
  'إذا'
])

/** A missing space, as common a slip as a hamza: one of the short words above, then a word. */
function splits(w: string, lexicon: Lexicon, found: Map<string, number>): void {
  // A conjunction stays on the short word: ومابين is وما بين.
  const conj = w[0] === 'و' || w[0] === 'ف' ? w[0] : ''
  for (const lead of conj ? ['', conj] : ['']) {
    const rest = w.slice(lead.length)
    for (let i = 2; i <= Math.min(4, rest.length - 2); i++) {
      const left = rest.slice(0, i)
      const right = rest.slice(i)
      if (!SPLIT_HEADS.has(left)) continue
      const p = wordPenalty(right, lexicon)
      const split = `${lead}${left} ${right}`
      if (p !== null) found.set(split, Math.min(found.get(split) ?? Infinity, GLUED + p))
    }
  }
}

/**
 * Up to `max` corrections for the spelling key `key`, best first. Two plain typos are not
 * tried (too many candidates, too rarely right); a cheap slip on top of any edit is, and two
 * edits only for words of four letters or more, where they are not a different word.
 */
export function suggestKeys(key: string, lexicon: Lexicon, max = MAX_SUGGESTIONS): string[] {
  const first = new Map<string, number>()
  edits(key, 0, false, first)
  const all = new Map(first)
  if (key.length >= 4) for (const [w1, c1] of first) edits(w1, c1, true, all)
  all.delete(key)
  const found = new Map<string, number>()
  for (const [w, cost] of all) {
    if (cost > MAX_COST) continue
    const p = wordPenalty(w, lexicon)
    if (p !== null && cost + p <= MAX_COST) found.set(w, cost + p)
  }
  splits(key, lexicon, found)
  return [...found]
    .sort(([a, ca], [b, cb]) => ca - cb || rank(a) - rank(b) || Math.abs(a.length - key.length) - Math.abs(b.length - key.length))
    .slice(0, max)
    .map(([w]) => w)
}

function rank(w: string): number {
  return COMMON_RANK.get(w) ?? COMMON.length
}
