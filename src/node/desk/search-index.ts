// The desk's search index: each article's words as the local library indexes them (normalized
// and split in TypeScript with src/shared/arabic, so hamza, alef, ى/ي, ة/ه, tashkeel and digits
// fold alike), handed to PostgreSQL full-text search with the `simple` configuration (no
// stemming of its own) in one tsvector without weights, `search_terms` (migration 006; since
// migration 007 a column of desk_search, the narrow table beside desk_articles): the
// title, author and pull quote, and body words with their positions (so phrases work), and the
// stem keys of words that carry clitics (stem-index.ts: «للأزمة» indexes «أزمة») as separate
// lexemes marked with STEM_MARK, without positions. Without weights the GIN index answers a
// query alone, with no recheck on the row (issue 14: that recheck read a ~4 KB tsvector a
// match). The index is rebuilt when the normalization, the stemmer or this layout changes (a
// fingerprint of their output is stored).
import { createHash } from 'node:crypto'
import { normalizeArabic } from '../../shared/arabic/index'
import { stemTokens } from '../../shared/arabic/stem-index'
import type { DeskContent } from '../../shared/desk/contract'
import { bodyTextFromDocument } from '../../shared/document/index'
import { TOKEN_RE } from '../library/search-query'
import { DESK_WRITE_LOCK, type DeskDb, type Queryable } from './db'
import { documentOf } from './local'

/**
 * The most words of one article the index takes, and the most characters: PostgreSQL keeps a
 * word's position only up to 16,383 and a tsvector under 1 MB, so a giant article is indexed
 * from its start (a column is a few thousand words).
 */
export const MAX_INDEXED_WORDS = 16_000
export const MAX_INDEXED_CHARS = 120_000

/**
 * The character before every stem key in the index. The tokenizer (TOKEN_RE: letters, digits
 * and private-use characters only) can never put it in a word, so a marked key never equals a
 * form: «أزمة» as written and «أزمة» as the stem of «للأزمة» stay two lexemes, and an exact
 * phrase finds only the first. "~" is plain ASCII (one byte; no escaping inside a quoted tsquery
 * lexeme). The keys reach the tsvector through array_to_tsvector, never PostgreSQL's parser,
 * which would not keep such a character reliably ("~ab" stays whole, "x#y" splits).
 */
export const STEM_MARK = '~'

/** A stem key as the index holds it. */
export const markedStem = (key: string): string => `${STEM_MARK}${key}`

/**
 * The SQL for an article's tsvector from four parameters, numbered from `first` (see
 * searchParams): the three word texts' positions run on from one to the next (tsvector
 * concatenation), and the marked stem keys have none.
 */
export function searchVectorSql(first: number): string {
  const [a, b, c, d] = [first, first + 1, first + 2, first + 3]
  return `(to_tsvector('simple', $${a}) || to_tsvector('simple', $${b}) || to_tsvector('simple', $${c})
    || array_to_tsvector(string_to_array($${d}, ' ')))`
}

/** Longer words are left out of the stem keys, as to_tsvector leaves them out of the forms (2 KB a lexeme at most). */
const MAX_KEY_CHARS = 1000

/** Lowercased words of normalized text, as the local index splits them. */
function words(text: string): string[] {
  return Array.from(normalizeArabic(text).matchAll(TOKEN_RE), (m) => m[0].toLowerCase())
}

const ORIGINAL_WORD = /[\p{L}\p{N}\p{Co}]+/gu

/** `text` cut after its `budget`-th word (counted on the original text, near enough) or at `chars`. */
function cut(text: string, budget: { words: number; chars: number }): string {
  let kept = text.length <= budget.chars ? text : text.slice(0, budget.chars)
  let n = 0
  for (const m of kept.matchAll(ORIGINAL_WORD)) {
    if (++n > budget.words) {
      kept = kept.slice(0, m.index)
      break
    }
  }
  budget.words = Math.max(0, budget.words - n)
  budget.chars = Math.max(0, budget.chars - kept.length)
  return kept
}

/** The body's plain text, paragraphs joined with "\n" (the local library's body_text). */
export function deskBodyText(content: DeskContent): string {
  return bodyTextFromDocument(documentOf(content.blocks))
}

/** The four texts searchVectorSql indexes: title, author and pull quote, body, the marked stem keys (space-separated). */
export function searchParams(content: DeskContent): [string, string, string, string] {
  const budget = { words: MAX_INDEXED_WORDS, chars: MAX_INDEXED_CHARS }
  const title = cut(content.title, budget)
  const people = cut(`${content.author}\n${content.pullQuote}`, budget)
  const body = cut(deskBodyText(content), budget)
  const keys = stemTokens(`${title}\n${people}\n${body}`)
    .split(' ')
    .filter((k) => k !== '' && k.length <= MAX_KEY_CHARS)
  return [words(title).join(' '), words(people).join(' '), words(body).join(' '), keys.map(markedStem).join(' ')]
}

// Words that exercise the normalization and every stemming rule; their output, with the index's
// SQL and stem mark, is the index's fingerprint, so a change to any (a new keep-list, another
// folding, another layout of the tsvector) rebuilds the index.
const PROBE = [
  'للأزمة والأزمة بالأزمة أزمته فالحكومة وبالحكومات حكومتهم لحكومتنا الرياضة إلغاء بيته بيتها',
  'ولاية وزير سعودي اتجاه عليه إليهم لديك الله الذي اللذان وطن ولد فلسطين كتابك مدرستنا أبناؤهم',
  'إِنَّ مُدَرِّسَةٌ الـــعـــرب آمال إيمان مستشفى مستشفاه رؤية قرائه ٣٤ ۱۲ 1984 Café ﷺ أ-ب'
].join('\n')

export function searchFingerprint(): string {
  return createHash('sha256')
    .update(JSON.stringify([MAX_INDEXED_WORDS, MAX_INDEXED_CHARS, searchVectorSql(1), STEM_MARK, normalizeArabic(PROBE), words(PROBE), stemTokens(PROBE)]))
    .digest('base64url')
}

interface IndexRow {
  id: string
  title: string
  author: string
  pull_quote: string
  status: DeskContent['status']
  blocks: unknown
}

const BATCH = 200

/** Indexes every article again, in one transaction under the write lock. */
async function reindexAll(q: Queryable, fingerprint: string): Promise<number> {
  let last = ''
  let done = 0
  for (;;) {
    const { rows } = await q.query<IndexRow>('SELECT id, title, author, pull_quote, status, blocks FROM desk_articles WHERE id > $1 ORDER BY id LIMIT $2', [
      last,
      BATCH
    ])
    for (const r of rows) {
      const blocks = (typeof r.blocks === 'string' ? JSON.parse(r.blocks) : r.blocks) as DeskContent['blocks']
      const params = searchParams({ title: r.title, author: r.author, pullQuote: r.pull_quote, status: r.status, blocks })
      // An upsert from the article's own row: a search row missing or out of step is made whole.
      await q.query(
        `INSERT INTO desk_search (id, seq, owner_id, search_terms) SELECT id, seq, owner_id, ${searchVectorSql(2)} FROM desk_articles WHERE id = $1
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, owner_id = excluded.owner_id, search_terms = excluded.search_terms`,
        [r.id, ...params]
      )
    }
    done += rows.length
    if (rows.length < BATCH) break
    last = rows[rows.length - 1]!.id
  }
  await q.query('UPDATE desk_search_index SET fingerprint = $1, indexed_at = now()', [fingerprint])
  return done
}

/**
 * Brings the search index in step with this Amud's normalization and stemmer: nothing to do
 * when the stored fingerprint is this one; otherwise every article is indexed again. Returns
 * how many articles were indexed.
 */
export async function ensureSearchIndex(db: DeskDb): Promise<number> {
  const fingerprint = searchFingerprint()
  const current = async (q: Queryable): Promise<string | null> =>
    (await q.query<{ fingerprint: string | null }>('SELECT fingerprint FROM desk_search_index')).rows[0]?.fingerprint ?? null
  if ((await current(db)) === fingerprint) return 0
  return db.transaction(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [DESK_WRITE_LOCK])
    if ((await current(q)) === fingerprint) return 0
    return reindexAll(q, fingerprint)
  })
}
