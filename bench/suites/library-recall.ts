// Issue 13's figures: recall and precision of clitic-aware search on the corpus library. The
// ground truth is computed apart from the search code: each article's text is folded (hamza
// and ى as search folds them, ة kept) and its words matched against a regular expression of
// the forms a columnist would count as the word: و/ف, ب/ك/ل and the article in front, or
// an attached pronoun behind (never after the article). The search's own FTS5 query gives
// the articles it returns, all of them (not only a page).
import type Database from 'better-sqlite3'
import { parseQuery, toFtsQuery } from '../../src/node/library/search-query'
import { normalizeForStems } from '../../src/shared/arabic/normalize'

/** Query words (as typed, with the article) from the corpus; bare forms derived below. */
export const RECALL_WORDS = [
  'الأزمة',
  'الحكومة',
  'الرياض',
  'الرياضة',
  'الوزير',
  'الوزارة',
  'المملكة',
  'النفط',
  'الاقتصاد',
  'التعليم',
  'الطلاب',
  'المستشفى',
  'الصحة',
  'الشركة',
  'السوق',
  'الأسعار',
  'المشروع',
  'المدينة',
  'الملك',
  'الأمير',
  'المجلس',
  'القرار',
  'الجامعة',
  'الشباب',
  'المرأة',
  'الأمن',
  'الحج',
  'الدولة',
  'المواطن',
  'الشرطة',
  'الهلال',
  'المنتخب',
  'البرنامج',
  'الخدمات',
  'العمل',
  'الإسكان',
  'الكهرباء',
  'المياه',
  'المدرسة',
  'الأسرة'
]

/** The ground truth's folding: alef and hamza forms and ى as search folds them; ة stays. */
function fold(text: string): string {
  return normalizeForStems(text).replace(/[أإآ]/g, 'ا').replace(/ؤ/g, 'و').replace(/[ئى]/g, 'ي')
}

function formsRegex(word: string): RegExp {
  const bare = fold(word).replace(/^ال/, '')
  // Before a pronoun, ة is written ت and a final ي (from ى) is written ا.
  const joined = bare.replace(/ة$/, 'ت').replace(/([^ا])ي$/, '$1ا')
  const ART = '(?:[وف]?[بك]?ال|[وف]?لل)'
  const PRO = '[وف]?[بكل]?'
  const SUF = '(?:هما|هم|هن|ها|ه|كم|ك|نا|ي)'
  return new RegExp(`^(?:${ART}${bare}|${PRO}${bare}|${PRO}${joined}${SUF})$`)
}

export interface RecallCase {
  word: string
  truth: number
  returned: number
  missed: number
  wrong: number
  /** A few words behind the misses and false hits, for the log. */
  examples: string[]
}

/** Recall and precision over RECALL_WORDS on the library open in `db`. */
export function recallPrecision(db: Database.Database): { recall: number; precision: number; cases: RecallCase[] } {
  const regexes = RECALL_WORDS.map(formsRegex)
  // Which query words each distinct word of the library is a form of.
  const formOf = new Map<string, number[]>()
  const truth = RECALL_WORDS.map(() => new Set<number>())
  const wordsOf = new Map<number, Set<string>>()
  const rows = db
    .prepare(
      `SELECT a.pk, a.title, au.name AS author, c.pull_quote, c.body_text FROM articles a
         JOIN article_content c ON c.article_pk = a.pk LEFT JOIN authors au ON au.id = a.author_id
        WHERE a.deleted_at IS NULL`
    )
    .iterate() as Iterable<{ pk: number; title: string; author: string | null; pull_quote: string; body_text: string }>
  for (const r of rows) {
    const words = new Set(fold(`${r.title}\n${r.author ?? ''}\n${r.pull_quote}\n${r.body_text}`).match(/[\p{L}\p{N}]+/gu) ?? [])
    wordsOf.set(r.pk, words)
    for (const w of words) {
      let hits = formOf.get(w)
      if (!hits) {
        hits = []
        regexes.forEach((re, i) => {
          if (re.test(w)) hits!.push(i)
        })
        formOf.set(w, hits)
      }
      for (const i of hits) truth[i]!.add(r.pk)
    }
  }
  const match = db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?').pluck()
  const cases: RecallCase[] = []
  let found = 0
  let relevant = 0
  let returnedAll = 0
  let right = 0
  RECALL_WORDS.forEach((word, i) => {
    const returned = new Set(match.all(toFtsQuery(parseQuery(word))) as number[])
    const t = truth[i]!
    const missedPks = [...t].filter((pk) => !returned.has(pk))
    const wrongPks = [...returned].filter((pk) => !t.has(pk))
    relevant += t.size
    found += t.size - missedPks.length
    returnedAll += returned.size
    right += returned.size - wrongPks.length
    // For the log: the article words closest to the query in the failing articles.
    const stem = fold(word).replace(/^ال/, '').slice(0, 3)
    const examples = [
      ...missedPks.slice(0, 3).map((pk) => `missed ${pk}: ${[...wordsOf.get(pk)!].filter((w) => regexes[i]!.test(w)).join(' ')}`),
      ...wrongPks.slice(0, 3).map(
        (pk) =>
          `wrong ${pk}: ${[...wordsOf.get(pk)!]
            .filter((w) => w.includes(stem))
            .slice(0, 4)
            .join(' ')}`
      )
    ]
    cases.push({ word, truth: t.size, returned: returned.size, missed: missedPks.length, wrong: wrongPks.length, examples })
  })
  return { recall: found / relevant, precision: right / returnedAll, cases }
}
