import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseQuery, toFtsQuery } from '../../../src/node/library/search-query'
import { doc, freshLibrary } from './helpers'

function seeded() {
  const f = freshLibrary()
  const { lib } = f
  const kazem = lib.createAuthor('كاظم الموسوي', null)
  const other = lib.createAuthor('سعاد العنزي', null)
  const a = lib.createArticle({
    title: 'أَزمةُ المستشفى الكبيرة',
    authorId: kazem.id,
    pullQuote: 'ما أكثر الاجتماعات وما أقل النتائج',
    document: doc(
      'في عام ٢٠١٤ عقد التحالف الدولي اجتماعات كثيرة، ولم تنته بعد كل هذه الاجتماعات.',
      'يكشف كل هذا مفارقات لا بد من الانتباه لها قبل فوات الأوان، كالعادة.'
    ),
    status: 'published'
  })
  const b = lib.createArticle({
    title: 'مدرسة القرية',
    authorId: other.id,
    document: doc('كانت المدرســـة صغيرة، وفيها معلم واحد يكتب على السبورة.', 'إن التعليم أساس النهضة')
  })
  return { ...f, a, b, kazem, other }
}

const ids = (r: { hits: { article: { id: string } }[] }): string[] => r.hits.map((h) => h.article.id)

describe('search', () => {
  it('finds words whatever the spelling of hamza, alef, ى, ة, tashkeel, tatweel and digits', () => {
    const { lib, a, b } = seeded()
    expect(ids(lib.search({ query: 'ازمه' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'إزمة' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'المستشفي' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'المدرسة' }))).toEqual([b.id])
    expect(ids(lib.search({ query: 'المدرسه' }))).toEqual([b.id])
    expect(ids(lib.search({ query: 'مَدْرَسَةُ' }))).toEqual([b.id])
    expect(ids(lib.search({ query: 'المـــدرسة' }))).toEqual([b.id])
    expect(ids(lib.search({ query: '2014' }))).toEqual([a.id])
    expect(ids(lib.search({ query: '۲۰۱۴' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'ان التعليم' }))).toEqual([b.id])
  })

  it('ANDs words, matches phrases and prefixes', () => {
    const { lib, a, b } = seeded()
    expect(ids(lib.search({ query: 'الاجتماعات التحالف' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'الاجتماعات المدرسة' }))).toEqual([])
    expect(ids(lib.search({ query: '"التحالف الدولي"' }))).toEqual([a.id])
    expect(ids(lib.search({ query: '"الدولي التحالف"' }))).toEqual([])
    expect(ids(lib.search({ query: 'الاجتماع*' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'الاجتماع' }))).toEqual([])
    expect(ids(lib.search({ query: 'السبور*' }))).toEqual([b.id])
    expect(lib.search({ query: '"التحالف الدولي" اجتماع*' }).terms).toEqual(['"التحالف الدولي"', 'اجتماع*'])
  })

  it('searches the author and the pull quote, ranking title above body', () => {
    const { lib, a, b } = seeded()
    expect(ids(lib.search({ query: 'الموسوي' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'النتائج' }))).toEqual([a.id])
    const c = lib.createArticle({ title: 'عن القرية', document: doc('نص') })
    // "القرية" is in b's title and c's title; add it to a's body only: a ranks last.
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { document: doc('القرية في المتن فقط') } })
    const hits = ids(lib.search({ query: 'القرية' }))
    expect(hits).toHaveLength(3)
    expect(hits[2]).toBe(a.id)
    expect(new Set(hits.slice(0, 2))).toEqual(new Set([b.id, c.id]))
  })

  it('filters by status and author and honours the limit', () => {
    const { lib, a, b, other } = seeded()
    expect(ids(lib.search({ query: 'كل', status: 'published' }))).toEqual([a.id])
    expect(ids(lib.search({ query: 'معلم', authorId: other.id }))).toEqual([b.id])
    expect(ids(lib.search({ query: 'معلم', authorId: a.author!.id }))).toEqual([])
    for (let i = 0; i < 30; i++) lib.createArticle({ title: `تكرار ${i}` })
    expect(lib.search({ query: 'تكرار' }).hits).toHaveLength(20)
    expect(lib.search({ query: 'تكرار', limit: 7 }).hits).toHaveLength(7)
    expect(lib.search({ query: 'تكرار', limit: 5000 }).hits).toHaveLength(30)
  })

  it('maps highlights back to the original title and snippet text', () => {
    const { lib, a, b } = seeded()
    const r = lib.search({ query: 'ازمه' }).hits[0]!
    const [s, e] = r.titleHighlights[0]!
    expect(a.title.slice(s, e)).toBe('أَزمةُ')
    const m = lib.search({ query: 'مدرسه' }).hits[0]!
    expect(m.titleHighlights.map(([x, y]) => b.title.slice(x, y))).toEqual(['مدرسة'])
    const snip = lib.search({ query: 'المدرسة' }).hits[0]!.snippet
    expect(snip.highlights.map(([x, y]) => snip.text.slice(x, y))).toEqual(['المدرســـة'])
    // A prefix with the article also finds the word without it.
    const pre = lib.search({ query: 'الاجتماع*' }).hits[0]!.snippet
    expect(pre.highlights.map(([x, y]) => pre.text.slice(x, y))).toEqual(['اجتماعات', 'الاجتماعات'])
    const exact = lib.search({ query: '"الاجتماع*"' }).hits[0]!.snippet
    expect(exact.highlights.map(([x, y]) => exact.text.slice(x, y))).toEqual(['الاجتماعات'])
    const phrase = lib.search({ query: '"التحالف الدولي"' }).hits[0]!.snippet
    expect(phrase.highlights.map(([x, y]) => phrase.text.slice(x, y))).toEqual(['التحالف الدولي'])
  })

  it('takes the snippet from the pull quote when only it matches, else from the body start', () => {
    const { lib } = seeded()
    const q = lib.search({ query: 'النتائج' }).hits[0]!.snippet
    expect(q.text).toBe('ما أكثر الاجتماعات وما أقل النتائج')
    expect(q.highlights.map(([x, y]) => q.text.slice(x, y))).toEqual(['النتائج'])
    const t = lib.search({ query: 'الكبيرة' }).hits[0]!.snippet
    expect(t.text.startsWith('في عام ٢٠١٤')).toBe(true)
    expect(t.highlights).toEqual([])
  })

  it('cuts long bodies to about 30 words around the first hit', () => {
    const { lib } = freshLibrary()
    const words = Array.from({ length: 200 }, (_, i) => `كلمة${i}`)
    words[100] = 'الهدف'
    const a = lib.createArticle({ document: doc(words.join(' ')) })
    const s = lib.search({ query: 'الهدف' }).hits[0]!.snippet
    expect(s.text.startsWith('… ')).toBe(true)
    expect(s.text.endsWith(' …')).toBe(true)
    expect(s.text.split(' ').length).toBeLessThanOrEqual(34)
    expect(s.highlights.map(([x, y]) => s.text.slice(x, y))).toEqual(['الهدف'])
    expect(a.id).toBeTruthy()
  })

  it('returns nothing for an empty or punctuation-only query', () => {
    const { lib } = seeded()
    for (const q of ['', '   ', '"', '*', '-', '()', '،.؟!', '""', 'ـــ']) {
      expect(lib.search({ query: q })).toEqual({ hits: [], terms: [] })
    }
  })

  it('never throws and never injects, whatever is typed', () => {
    const { lib, a } = seeded()
    const hostile = [
      '"unbalanced',
      'الاجتماعات"',
      'NEAR(a b)',
      'a NEAR b',
      'AND',
      'OR NOT',
      'x OR y',
      'title:الموسوي',
      '{title}: x',
      "'; DROP TABLE articles; --",
      '^start',
      'a + b',
      '(((',
      '*a*',
      '\u0000',
      '"" "" ""',
      '\\',
      'الاجتماعات -التحالف'
    ]
    for (const q of hostile) expect(() => lib.search({ query: q })).not.toThrow()
    expect(lib.getArticle(a.id).id).toBe(a.id)
    expect(ids(lib.search({ query: '"الاجتماعات' }))).toEqual([a.id])
    const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }))
    fc.assert(
      fc.property(anyText, (q) => {
        const r = lib.search({ query: q })
        return Array.isArray(r.hits)
      }),
      { numRuns: 300 }
    )
  })

  it('builds FTS queries only from quoted tokens', () => {
    const F = '{title author pull_quote body}'
    expect(toFtsQuery(parseQuery('NEAR(a b) "x y'))).toBe(`${F} : "near a" AND ${F} : "b" AND ${F} : "x y"`)
    expect(toFtsQuery(parseQuery('أحمد*'))).toBe(`(${F} : ("احمد"* OR "الاحمد"*) OR stems : "احمد"*)`)
    expect(toFtsQuery(parseQuery('ا*'))).toBe(`(${F} : "ا" OR stems : "ا")`)
    expect(toFtsQuery(parseQuery('الأزمة'))).toBe(`(${F} : ("الازمه" OR "ازمه") OR stems : "ازمة")`)
    expect(toFtsQuery(parseQuery('بالرياض'))).toBe(`(${F} : ("بالرياض" OR "رياض" OR "الرياض") OR stems : "رياض")`)
    expect(toFtsQuery(parseQuery('حكومته'))).toBe(`(${F} : ("حكومته" OR "حكومت" OR "الحكومت" OR "حكومه" OR "الحكومه") OR stems : ("حكومت" OR "حكومة"))`)
    expect(toFtsQuery(parseQuery('   '))).toBeNull()
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (q) => {
        const m = toFtsQuery(parseQuery(q))
        // Outside our double-quoted tokens, only our own syntax.
        const outside = m?.replace(/"(?:[^"]|"")*"/g, 'T')
        return outside === undefined || /^(?:[\s(){}:*T]|title|author|pull_quote|body|stems|AND|OR|NOT)*$/.test(outside)
      })
    )
  })

  it('follows saves: the index always matches the saved text', () => {
    const { lib, a } = seeded()
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'عنوان آخر', document: doc('نص بديل') } })
    expect(ids(lib.search({ query: 'المستشفى' }))).toEqual([])
    expect(ids(lib.search({ query: 'بديل' }))).toEqual([a.id])
  })
})
