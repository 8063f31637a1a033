// The search orders its hits by bm25() computed once a row (search.ts), not by FTS5's `rank`
// column: this holds it to the same hits, order and scores as FTS5's own ORDER BY rank, ties
// (duplicate articles score alike) included, read over a second connection to the same file.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { parseQuery, toFtsQuery } from '../../../src/node/library/search-query'
import { freshLibrary } from './helpers'

const WORDS = ['الأزمة', 'للأزمة', 'والأزمة', 'الحكومة', 'حكومته', 'بالرياض', 'الرياضة', 'وزير', 'ووزيره', 'السوق', 'النفط', 'أسعار']

/** A small deterministic library: texts of varying length and word mix, every third one twice. */
function texts(): string[] {
  const out: string[] = []
  let seed = 7
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648)
  for (let i = 0; i < 60; i++) {
    const words = Array.from({ length: 5 + (next() % 40) }, () => WORDS[next() % WORDS.length]!)
    out.push(words.join(' '))
    if (i % 3 === 0) out.push(words.join(' '))
  }
  return out
}

describe('search ranking', () => {
  it('returns the hits, order and scores of FTS5 ORDER BY rank, ties included', () => {
    const { lib, path } = freshLibrary()
    lib.importTagged(
      texts().map((t, i) => ({ title: `مقال ${i}`, authorName: '', authorPictureUrl: null, pullQuote: null, paragraphs: [t] })),
      { allowDuplicates: true }
    )
    const raw = new Database(path, { readonly: true })
    try {
      const byRank = raw.prepare(
        'SELECT a.id, s.rank FROM (SELECT rowid, rank FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?) s JOIN articles a ON a.pk = s.rowid'
      )
      let ties = 0
      for (const query of ['الأزمة', 'حكومة', 'الرياض', 'وزير', 'السوق OR النفط', 'أسعار -النفط', '"الأزمة الحكومة"', 'الحكوم*']) {
        for (const limit of [1, 5, 20, 200]) {
          const result = lib.search({ query, limit })
          const expected = byRank.all(toFtsQuery(parseQuery(query)), limit) as { id: string; rank: number }[]
          expect(
            result.hits.map((h) => h.article.id),
            `${query}, ${limit} hits`
          ).toEqual(expected.map((r) => r.id))
          expect(result.hits.map((h) => h.score)).toEqual(expected.map((r) => r.rank))
          if (limit === 200) ties += expected.filter((r, i) => i > 0 && r.rank === expected[i - 1]!.rank).length
        }
      }
      // The duplicates make ties, so their order is checked too.
      expect(ties).toBeGreaterThan(10)
    } finally {
      raw.close()
    }
  })
})
