// Arabic glues conjunctions, prepositions, the article and the future particle in front of a
// word and object/possessive pronouns behind it, and no word list can hold every combination
// (AyaSpell has many, not all: يحتاجها، سيكتبونها are missing). A word is therefore accepted
// when its stem, with the clitics taken off, is a word. The stem is looked up as written,
// with the few spelling changes a suffix causes undone (مدرسته ← مدرسة، مستواه ← مستوى).

export interface Lexicon {
  has(word: string): boolean
}

/** One way to cut a word: prefix + stem + suffix, where `stem` is what the lexicon must know. */
export interface Analysis {
  prefix: string
  stem: string
  suffix: string
}

/** Object and possessive pronouns, longest first so هما is tried before ها and ه. */
export const PRONOUN_SUFFIXES: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي']
/** The future particle goes only before an imperfect verb, whose first letter is one of these. */
const IMPERFECT_START = /^[يتنأ]/
/** A stem shorter than this is too short to vouch for a word (بن، ول are not a word plus clitics). */
const MIN_STEM = 2

/** How a stem's last letters change before a pronoun: [as written before it, dictionary form]. */
const SUFFIX_JOINS: readonly [string, string][] = [
  ['ت', 'ة'], // مدرسته
  ['ا', 'ى'], // مستواه، هداها
  ['و', 'وا'], // كتبوه
  ['ؤ', 'ء'], // أبناؤه
  ['ئ', 'ء'], // أبنائه
  ['و', 'ون'], // معلموه (the noun's ن falls before a pronoun)
  ['ي', 'ين'], // معلميه
  ['ا', 'ان'] // كتاباه
]

/**
 * Calls `visit` with each analysis of `word` (a spelling key), the whole word first, until it
 * returns true. A definite word (ال…) takes no pronoun, and the indefinite stem of a definite
 * word vouches for it when the list lacks the definite form. Written as loops over slices, not
 * lists of objects: suggestions run this on tens of thousands of candidates.
 */
export function findAnalysis(word: string, visit: Visit): boolean {
  const c0 = word[0]
  const conjLen = c0 === 'و' || c0 === 'ف' ? 1 : 0
  for (let conj = 0; conj <= conjLen; conj++) {
    const afterConj = conj ? word.slice(1) : word
    if (withRest(word.slice(0, conj), afterConj, visit)) return true
    const p = afterConj[0]
    const rest = afterConj.slice(1)
    const head = word.slice(0, conj + 1)
    if (p === 'ب' || p === 'ك' || p === 'ل') {
      if (withRest(head, rest, visit)) return true
      // لِ + ال drops the alef: للمدرسة is ل + المدرسة.
      if (p === 'ل' && rest[0] === 'ل' && withRest(head, 'ا' + rest, visit)) return true
    } else if (p === 'س' && IMPERFECT_START.test(rest) && withRest(head, rest, visit)) return true
  }
  return false
}

/** Receives one analysis; `bare` marks the indefinite stem standing in for a definite word. */
type Visit = (prefix: string, stem: string, suffix: string, bare?: boolean) => boolean

function withRest(prefix: string, rest: string, visit: Visit): boolean {
  if (rest.length < MIN_STEM) return false
  if (visit(prefix, rest, '')) return true
  if (rest.startsWith('ال')) return rest.length - 2 >= MIN_STEM && visit(prefix + 'ال', rest.slice(2), '', true)
  for (const suffix of PRONOUN_SUFFIXES) {
    if (!rest.endsWith(suffix) || rest.length - suffix.length < MIN_STEM) continue
    const base = rest.slice(0, -suffix.length)
    if (visit(prefix, base, suffix)) return true
    const last = base[base.length - 1]
    for (const [written, form] of SUFFIX_JOINS) {
      if (written === last && visit(prefix, base.slice(0, -1) + form, suffix)) return true
    }
  }
  return false
}

/** Every analysis of `word`, the whole word first (for tests and explanations). */
export function analyses(word: string): Analysis[] {
  const out: Analysis[] = []
  findAnalysis(word, (prefix, stem, suffix) => {
    out.push({ prefix, stem, suffix })
    return false
  })
  return out
}

/**
 * Whether a stem is a word plus a ه pronoun (مدرسه = مدرس + ه). The list holds such forms as
 * words, so المدرسه (a ة written ه) would pass as ال + مدرسه; a definite word takes no pronoun.
 * Only the ه pronouns: a final ي or ك is far more often part of a name (القحطاني، الزمالك).
 */
function pronominal(stem: string, lexicon: Lexicon): boolean {
  for (const [base, suffix] of enclitics(stem)) if (suffix.startsWith('ه') && lexicon.has(base)) return true
  return false
}

function knows(lexicon: Lexicon, stem: string, bare: boolean | undefined): boolean {
  return lexicon.has(stem) && !(bare && pronominal(stem, lexicon))
}

/** The first analysis whose stem the lexicon knows, or null when the word is unknown. */
export function knownAnalysis(word: string, lexicon: Lexicon): Analysis | null {
  let found: Analysis | null = null
  findAnalysis(word, (prefix, stem, suffix, bare) => {
    if (!knows(lexicon, stem, bare)) return false
    found = { prefix, stem, suffix }
    return true
  })
  return found
}

/** Whether the lexicon knows `word` or a stem of it. */
export function isKnownWord(word: string, lexicon: Lexicon): boolean {
  return findAnalysis(word, (_p, stem, _s, bare) => knows(lexicon, stem, bare))
}

/** A stem's pronoun cuts: [base as the dictionary spells it, suffix]. */
function enclitics(stem: string): [string, string][] {
  const out: [string, string][] = []
  withRest('', stem, (_p, base, suffix) => {
    if (suffix) out.push([base, suffix])
    return false
  })
  return out
}
