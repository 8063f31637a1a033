// The stems column's fast path (a word table keyed by a hash of the letters, the normalization
// table read on the way) must give exactly what the plain definition gives: the same keys, in
// the same order, for any text, on a fresh table and on one that already knows the words.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/shared/arabic/normalize'
import { joinStemKeys } from '../../../src/shared/arabic/search-row'
import { indexText, normalizeAndStem, stemTokens, stemTokensUncached } from '../../../src/shared/arabic/stem-index'
import { TOKEN_RE } from '../../../src/node/library/search-query'
import { corpusPath, corpusToTagged, CORPUS_ABSENT, readCorpus } from '../../support/corpus'

// Letters that make clitics and their look-alikes, a few others, and what normalization folds,
// drops or cannot do by its table alone (tashkeel, tatweel, a ligature, presentation forms,
// an astral letter, a lone surrogate).
const UNITS = [
  ...'وفبكلالهامنكيةىأإآؤئءتدرسعحجقصطزخشغثذضظ',
  'ال',
  'لل',
  'وال',
  'بال',
  'ها',
  'هم',
  'هما',
  'نا',
  'كم',
  'ت',
  'ة',
  '\u064E',
  '\u0651',
  '\u0640',
  '\uFEFB',
  '\uFE8D',
  '\uFEE9',
  '\u{1D400}',
  '\uD800',
  '\u200C',
  'a',
  'Z',
  '7',
  '٣',
  '-',
  '،',
  '«',
  '»',
  '.',
  ' ',
  ' ',
  ' ',
  '\n'
]
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 80 }).map((xs) => xs.join(''))

describe('stemTokens (word table) against stemTokensUncached (the definition)', () => {
  it('gives the same keys for any text, including texts the table must normalize first', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(stemTokens(t)).toBe(stemTokensUncached(t))
      }),
      { numRuns: 3000 }
    )
  })

  it('gives the same keys when the words come back (table hits) and within one text', () => {
    const words = fc.array(fc.constantFrom(...UNITS.filter((u) => /^[\u0621-\u064A]+$/.test(u))), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (ws) => {
        const t = ws.join(' ')
        expect(stemTokens(t)).toBe(stemTokensUncached(t))
        expect(stemTokens(`${t} ${t}`)).toBe(stemTokensUncached(t))
      }),
      { numRuns: 2000 }
    )
  })

  it('normalizes and stems a field in one pass as normalizeArabic and the definition do', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = normalizeAndStem(t)
        expect(r.normalized).toBe(normalizeArabic(t))
        expect(r.indexed).toBe(indexText(r.normalized))
        expect(r.keys.join(' ')).toBe(stemTokensUncached(t))
      }),
      { numRuns: 3000 }
    )
  })

  it('gives the index the tokens a query is split into, and only spaces between them', () => {
    // The index's `ascii` tokenizer splits on spaces alone (008-search-tokens.ts): what it reads
    // must be exactly the tokens TOKEN_RE finds in the normalized text, whichever path made it.
    const other = fc.constantFrom(
      ..."é É ß ς Σ ω ж Ж ı İ ﬁ ½ ² ₂ ¿ ¡ … — – _ @ # $ % & * + = / \\ | ~ ^ ` ' ( ) [ ] { } < > ؟ ؛ ٪ ٫ ٬ 😀 \u{E000} \u{20000} \u00A0 \u2009 \u0301 \t".split(
        ' '
      )
    )
    const mixed = fc.array(fc.oneof(fc.constantFrom(...UNITS), other), { maxLength: 60 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(mixed, (t) => {
        const { normalized, indexed } = normalizeAndStem(t)
        expect(indexed.split(' ').filter((w) => w !== '')).toEqual(Array.from(normalized.matchAll(TOKEN_RE), (m) => m[0]))
        expect(indexed.replace(/[\p{L}\p{N}\p{Co}]/gu, '')).toMatch(/^ *$/)
      }),
      { numRuns: 3000 }
    )
  })

  it("joins the fields' keys into the stems column of the fields written one per line", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (fields) => {
        expect(joinStemKeys(fields.map((f) => normalizeAndStem(f).keys))).toBe(stemTokensUncached(fields.join('\n')))
      }),
      { numRuns: 2000 }
    )
  })

  it('stems words too long for a slot of the table as the definition does', () => {
    const long = 'وال' + 'بتثجحخدذرسشصضطظعغقكلمنهي'.repeat(2)
    for (const t of [`${long} ${long}ها`, `${long.slice(0, 20)} ${long.slice(0, 21)} ${long.slice(0, 22)} ${long.slice(0, 20)}`]) {
      expect(stemTokens(t)).toBe(stemTokensUncached(t))
      expect(stemTokens(t)).toBe(stemTokensUncached(t))
    }
  })

  it('stays right when a text fills the table, and after it is emptied', () => {
    // More distinct words than the table holds (2^17), each starting with و so it is looked up.
    const letters = 'بتثجحخدذرسشصضطظعغقكلمنهي'
    const many: string[] = []
    for (let i = 0; many.length < 300_000; i++) {
      let w = 'و'
      for (let n = i; w.length < 5 || n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length]
      many.push(w)
    }
    const big = many.join(' ')
    const expected = stemTokensUncached(big)
    expect(stemTokens(big)).toBe(expected)
    expect(stemTokens(big)).toBe(expected)
    expect(stemTokens('وللأزمة بالرياض حكومته')).toBe(stemTokensUncached('وللأزمة بالرياض حكومته'))
  })
})

const present = corpusPath() !== null

describe.skipIf(!present)('stemTokens on the corpus', () => {
  it("gives the definition's keys for the first 3,000 articles, read twice", async () => {
    const texts: string[] = []
    for await (const a of readCorpus(3000)) {
      const t = corpusToTagged(a)
      texts.push(`${a.title}\n${t.authorName}\n${t.pullQuote ?? ''}\n${t.paragraphs.join('\n')}`)
    }
    for (let round = 0; round < 2; round++) {
      for (const t of texts) expect(stemTokens(t)).toBe(stemTokensUncached(t))
    }
    for (const t of texts) {
      const fields = t.split('\n', 3)
      const parts = [...fields, t.slice(fields.join('\n').length + 1)].map(normalizeAndStem)
      expect(parts.map((p) => p.normalized).join('\n')).toBe(normalizeArabic(t))
      expect(joinStemKeys(parts.map((p) => p.keys))).toBe(stemTokensUncached(t))
    }
  }, 120_000)
})

if (!present) console.warn(`stem-index corpus test: ${CORPUS_ABSENT}`)
