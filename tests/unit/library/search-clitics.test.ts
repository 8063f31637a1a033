// Issue 13: a search finds every form of a word (clitics, attached pronouns), keeps different
// words apart, ranks the exact form first, and understands quotes, -word, OR and word*.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from '../../../src/node/db/migrate'
import { openLibrary, type MigrationProgress } from '../../../src/node/library/index'
import { normalizeArabic } from '../../../src/shared/arabic/index'
import { stemTokens } from '../../../src/shared/arabic/stem-index'
import { doc, freshLibrary, tempDir } from './helpers'

function seeded() {
  const f = freshLibrary()
  const { lib } = f
  const add = (title: string, body: string): string => lib.createArticle({ title, document: doc(body) }).id
  return {
    ...f,
    dative: add('مقال أول', 'كتبت كثيرا عن الحلول للأزمة في المنطقة.'),
    exact: add('مقال ثان', 'ما زالت الأزمة قائمة في المنطقة.'),
    sport: add('مقال ثالث', 'الرياضة للجميع في المدارس.'),
    city: add('مقال رابع', 'عقد الاجتماع بالرياض أمس.'),
    own: add('مقال خامس', 'أعلنت حكومته خطة جديدة.'),
    state: add('مقال سادس', 'زار الوزير ولاية كاليفورنيا.')
  }
}

const ids = (r: { hits: { article: { id: string } }[] }): string[] => r.hits.map((h) => h.article.id)
const sorted = (xs: string[]): string[] => [...xs].sort()

describe('search with clitics', () => {
  it('finds a word with its proclitics and pronouns, the exact form first', () => {
    const s = seeded()
    expect(ids(s.lib.search({ query: 'الأزمة' }))).toEqual([s.exact, s.dative])
    expect(ids(s.lib.search({ query: 'للأزمة' }))[0]).toBe(s.dative)
    expect(sorted(ids(s.lib.search({ query: 'أزمة' })))).toEqual(sorted([s.exact, s.dative]))
    expect(ids(s.lib.search({ query: 'الرياض' }))).toEqual([s.city])
    expect(ids(s.lib.search({ query: 'حكومة' }))).toEqual([s.own])
    expect(ids(s.lib.search({ query: 'الحكومة' }))).toEqual([s.own])
  })

  it('finds a word written with the bare article, which the stems column leaves out', () => {
    const f = freshLibrary()
    const id = f.lib.createArticle({ title: 'مقال', document: doc('قررت الحكومة ذلك في الرياض.') }).id
    for (const query of ['الحكومة', 'حكومة', 'بالحكومة', 'حكومتها', 'حكوم*', 'الحكوم*', 'رياض', 'للرياض']) {
      expect(ids(f.lib.search({ query })), query).toEqual([id])
    }
    expect(ids(f.lib.search({ query: 'الرياضة' }))).toEqual([])
    expect(ids(f.lib.search({ query: '"حكومة"' }))).toEqual([])
  })

  it('keeps different words apart: الرياض is not الرياضة, ولاية keeps its و', () => {
    const s = seeded()
    expect(ids(s.lib.search({ query: 'الرياضة' }))).toEqual([s.sport])
    expect(ids(s.lib.search({ query: 'رياضة' }))).toEqual([s.sport])
    expect(ids(s.lib.search({ query: 'الولاية' }))).toEqual([s.state])
    expect(ids(s.lib.search({ query: 'لاية' }))).toEqual([])
  })

  it('highlights the whole form that matched', () => {
    const s = seeded()
    const hit = s.lib.search({ query: 'الأزمة' }).hits.find((h) => h.article.id === s.dative)!
    expect(hit.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b))).toEqual(['للأزمة'])
    const own = s.lib.search({ query: 'حكومة' }).hits[0]!
    expect(own.snippet.highlights.map(([a, b]) => own.snippet.text.slice(a, b))).toEqual(['حكومته'])
  })

  it('turns folding off inside quotes', () => {
    const s = seeded()
    expect(ids(s.lib.search({ query: '"الأزمة"' }))).toEqual([s.exact])
    expect(ids(s.lib.search({ query: '"الرياض"' }))).toEqual([])
    expect(ids(s.lib.search({ query: '"الأزمة قائمة"' }))).toEqual([s.exact])
  })

  it('excludes -word (with its forms) and -"phrase"', () => {
    const s = seeded()
    expect(ids(s.lib.search({ query: 'المنطقة -الأزمة' }))).toEqual([])
    expect(ids(s.lib.search({ query: 'المنطقة -"الأزمة"' }))).toEqual([s.dative])
    expect(ids(s.lib.search({ query: 'الأزمة -الحلول' }))).toEqual([s.exact])
  })

  it('takes either word around OR, and ANDs the rest', () => {
    const s = seeded()
    expect(sorted(ids(s.lib.search({ query: 'الرياض OR ولاية' })))).toEqual(sorted([s.city, s.state]))
    expect(ids(s.lib.search({ query: 'المنطقة الحلول OR قائمة' })).length).toBe(2)
    expect(ids(s.lib.search({ query: 'الرياضة المدارس OR الوزير' }))).toEqual([s.sport])
    // Lower-case or is a word, not the operator.
    expect(ids(s.lib.search({ query: 'الرياض or ولاية' }))).toEqual([])
  })

  it('matches word* as a prefix, also after a clitic', () => {
    const s = seeded()
    expect(ids(s.lib.search({ query: 'حكوم*' }))).toEqual([s.own])
    expect(sorted(ids(s.lib.search({ query: 'الأزم*' })))).toEqual(sorted([s.exact, s.dative]))
  })

  it('searches a query that makes no sense as plain words, never failing', () => {
    const s = seeded()
    expect(ids(s.lib.search({ query: '-الرياض' }))).toEqual([s.city])
    expect(ids(s.lib.search({ query: 'OR الرياض OR' }))).toEqual([s.city])
    expect(ids(s.lib.search({ query: 'OR' }))).toEqual([])
    expect(ids(s.lib.search({ query: '- -- " * -"' }))).toEqual([])
    expect(ids(s.lib.search({ query: 'الرياض -' }))).toEqual([s.city])
  })
})

describe('an existing library', () => {
  it('gets its search index rebuilt on first open, with progress', () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    const db = new Database(path)
    migrate(db, 3)
    const insert = db.prepare('INSERT INTO articles (pk, id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    const content = db.prepare('INSERT INTO article_content (article_pk, body_text) VALUES (?, ?)')
    const index = db.prepare('INSERT INTO article_search (rowid, title, author, pull_quote, body) VALUES (?, ?, ?, ?, ?)')
    db.transaction(() => {
      for (let pk = 1; pk <= 1200; pk++) {
        const body = pk === 700 ? 'كتبت عن الحلول للأزمة' : `نص عادي رقم ${pk}`
        insert.run(pk, `id${pk}`, `عنوان ${pk}`, 't', 't')
        content.run(pk, body)
        index.run(pk, normalizeArabic(`عنوان ${pk}`), '', '', normalizeArabic(body))
      }
    })()
    db.close()
    const reports: MigrationProgress[] = []
    const lib = openLibrary(path, { onUpgrade: (p) => reports.push({ ...p }) })
    try {
      expect(ids(lib.search({ query: 'الأزمة' }))).toEqual(['id700'])
      expect(reports[0]).toEqual({ task: 'search-index', done: 0, total: 1200 })
      expect(reports.at(-1)).toEqual({ task: 'search-index', done: 1200, total: 1200 })
      expect(reports.length).toBeGreaterThan(2)
      // Indexed once, not once per step that built the index (005 and 008 both would).
      expect(reports.filter((r) => r.done === 0)).toHaveLength(1)
    } finally {
      lib.close()
    }
  })

  it('with the index of version 7 (split by unicode61), gets it split by the words a query uses', () => {
    const path = join(tempDir(), 'library.sqlite')
    const db = new Database(path)
    migrate(db, 7)
    db.prepare("INSERT INTO articles (pk, id, title, created_at, updated_at) VALUES (1, 'id1', 'عنوان', 't', 't')").run()
    const body = 'قال: إن «الأزمة»، التي بدأت في COVID-19، انتهت بالرياض.'
    db.prepare('INSERT INTO article_content (article_pk, body_text) VALUES (1, ?)').run(body)
    db.prepare('INSERT INTO article_search (rowid, title, author, pull_quote, body, stems) VALUES (1, ?, ?, ?, ?, ?)').run(
      normalizeArabic('عنوان'),
      '',
      '',
      normalizeArabic(body),
      stemTokens(body)
    )
    expect(String((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_search'").get() as { sql: string }).sql)).toContain('unicode61')
    db.close()
    const lib = openLibrary(path)
    try {
      const sql = new Database(path, { readonly: true })
      expect(String((sql.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_search'").get() as { sql: string }).sql)).toContain("tokenize = 'ascii'")
      sql.close()
      for (const query of ['الأزمة', 'الرياض', 'covid', '19', '"الأزمة التي"', 'قال']) expect(ids(lib.search({ query })), query).toEqual(['id1'])
    } finally {
      lib.close()
    }
  })
})
