import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isNormalizedArticle, normalizeTaggedArticle, parseTagged, writeTagged, type ParseResult, type TaggedArticle } from '../../../src/shared/format'
import { article, rawArticle, text } from './arbitraries'
import { t } from '../../../src/shared/messages/catalog'

// FORMAT_RUNS=20000 for a long local hunt; the default keeps the suite quick.
const RUNS = { numRuns: Number(process.env.FORMAT_RUNS ?? 300) }
const encoder = new TextEncoder()

function parsed(input: string | Uint8Array): { article: TaggedArticle; codes: string[] } {
  const r: ParseResult = parseTagged(input)
  if (!r.ok) throw new Error(`refused: ${r.error.line}:${r.error.column} ${t(r.error.said, 'en')}\n${JSON.stringify(input)}`)
  return { article: r.article, codes: r.warnings.map((w) => w.code) }
}

describe('round trips', () => {
  it('parse(write(a)) equals a for every normalized article, without a warning', () => {
    fc.assert(
      fc.property(article, (a) => {
        const back = parsed(writeTagged(a))
        expect(back.codes).toEqual([])
        expect(back.article).toEqual(a)
      }),
      RUNS
    )
  })

  it('write(parse(t)) equals t for every canonical t, from a string and from bytes', () => {
    fc.assert(
      fc.property(article, (a) => {
        const t = writeTagged(a)
        expect(writeTagged(parsed(t).article)).toBe(t)
        expect(writeTagged(parsed(encoder.encode(t)).article)).toBe(t)
      }),
      RUNS
    )
  })

  it('any article the writer accepts comes back normalized: parse(write(a)) equals normalize(a)', () => {
    fc.assert(
      fc.property(rawArticle, (raw) => {
        const normal = normalizeTaggedArticle(raw)
        fc.pre(normal.paragraphs.length > 0)
        expect(isNormalizedArticle(normal)).toBe(true)
        expect(normalizeTaggedArticle(normal)).toEqual(normal)
        const t = writeTagged(raw)
        expect(t).toBe(writeTagged(normal))
        expect(parsed(t).article).toEqual(normal)
      }),
      RUNS
    )
  })
})

// Each slip a person makes, applied to a canonical text's lines, with the warning it must raise.
type Slip = { code: string; apply: (lines: string[]) => string[] }
// Order matters: the slips that pick a line by its index run before those that add lines.
const quoted = (l: string, i: number): boolean => i === 1 && l.startsWith('” ') && l !== '” ”'
const SLIPS: Record<string, Slip> = {
  guillemets: { code: 'pull-quote-marks', apply: (ls) => ls.map((l, i) => (quoted(l, i) ? `«${l.slice(2, -1)}»` : l)) },
  asciiQuotes: { code: 'pull-quote-marks', apply: (ls) => ls.map((l, i) => (quoted(l, i) ? `"${l.slice(2, -1)}"` : l)) },
  leftQuote: { code: 'pull-quote-marks', apply: (ls) => ls.map((l, i) => (quoted(l, i) ? `“${l.slice(2)}` : l)) },
  shortSeparator: { code: 'separator-length', apply: (ls) => ls.map((l, i) => (i === 2 ? 'ـ'.repeat(7) : l)) },
  longSeparator: { code: 'separator-length', apply: (ls) => ls.map((l, i) => (i === 2 ? 'ـ'.repeat(60) : l)) },
  headerForm: { code: 'header-form', apply: (ls) => ls.map((l, i) => (i === 0 ? l.replace(' alt="" class="avatar photo" height="60" width="60"', '') : l)) },
  trailingSpaces: { code: 'extra-space', apply: (ls) => ls.map((l, i) => (i % 2 === 0 ? `${l}  ` : l)) },
  leadingSpace: { code: 'extra-space', apply: (ls) => ls.map((l, i) => (i >= 3 ? `\u00A0${l}` : l)) },
  blankLines: { code: 'blank-line', apply: (ls) => ls.flatMap((l, i) => (i >= 3 && i < ls.length - 1 ? [l, ''] : [l])) },
  blankBeforeHeader: { code: 'blank-line', apply: (ls) => ['', ' ', ...ls] }
}
const FILE_SLIPS = {
  bom: { code: 'bom', apply: (t: string) => `\uFEFF${t}` },
  crlf: { code: 'crlf', apply: (t: string) => t.replaceAll('\n', '\r\n') },
  trailingNewline: { code: 'trailing-newline', apply: (t: string) => `${t}\n` },
  trailingNewlines: { code: 'trailing-newline', apply: (t: string) => `${t}\n \n\n` }
}

describe('tolerances', () => {
  it('any mix of tolerated slips gives the same article back, with a warning for each', () => {
    const slips = fc.subarray(Object.keys(SLIPS))
    const fileSlips = fc.subarray(['bom', 'crlf', 'trailingNewline', 'trailingNewlines'] as const)
    fc.assert(
      fc.property(article, slips, fileSlips, fc.boolean(), (a, names, fileNames, asBytes) => {
        const canonical = writeTagged(a)
        let lines = canonical.split('\n')
        for (const n of names) lines = (SLIPS[n] as Slip).apply(lines)
        let t = lines.join('\n')
        for (const n of fileNames) t = FILE_SLIPS[n].apply(t)
        const back = parsed(asBytes ? encoder.encode(t) : t)
        expect(back.article).toEqual(a)
        expect(writeTagged(back.article)).toBe(canonical)
        const expected = [...names.map((n) => (SLIPS[n] as Slip).code), ...fileNames.map((n) => FILE_SLIPS[n].code)]
        // A slip can be invisible on a given article (no pull quote to re-mark): require a warning whenever the text changed.
        if (t !== canonical) expect(back.codes.length).toBeGreaterThan(0)
        for (const code of back.codes) expect(expected).toContain(code)
      }),
      RUNS
    )
  })
})

// Lines that are, or nearly are, the format's own: a fuzzer that reaches every branch of the parser.
const piece = fc.oneof(
  fc.constantFrom(
    '[author image="https://x.test/a.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب[/author]',
    '[author image=""]كاتب[/author]',
    "[AUTHOR image='http://x.test/b.jpg']  كاتب [/Author]",
    '[author image="ftp://x"]ك[/author]',
    '[author image="http://x"]ك',
    '[author]ك[/author]',
    '[author',
    '” اقتباس”',
    '” ”',
    '««',
    '"',
    'ـ'.repeat(25),
    'ـ',
    ' ـــ ',
    '',
    '  ',
    '\u00A0',
    '\r',
    '\u2028',
    '\uFEFF'
  ),
  text
)

// Mostly the right lines in the right order, so that most inputs get past the header.
const shaped = fc
  .tuple(
    fc.array(fc.constantFrom('', ' ', '\uFEFF'), { maxLength: 2 }),
    fc.constantFrom(
      '[author image="https://x.test/a.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب[/author]',
      '[author image="" alt="" class="avatar photo" height="60" width="60"]كاتب[/author]',
      '\uFEFF[author image=""]ك[/author]',
      ' [author  image="http://x.test/a b"]ك[/author] '
    ),
    fc.array(piece, { maxLength: 3 }),
    fc.constantFrom('ـ'.repeat(25), 'ـ'.repeat(3), ' ـ ', ''),
    fc.array(piece, { maxLength: 6 })
  )
  .map(([before, header, pre, separator, body]) => [...before, header, ...pre, separator, ...body])

describe('any text at all', () => {
  it('is parsed without throwing; accepted text writes back canonical, and byte for byte when nothing was said', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }), shaped), fc.constantFrom('\n', '\r\n'), (pieces, eol) => {
        const input = pieces.join(eol)
        const r = parseTagged(input)
        for (const d of [...r.warnings, ...(r.ok ? [] : [r.error])]) {
          expect(d.line).toBeGreaterThanOrEqual(1)
          expect(d.column).toBeGreaterThanOrEqual(1)
          expect(t(d.said, 'en')).not.toBe('')
          expect(t(d.said, 'ar')).not.toBe('')
        }
        if (!r.ok) return
        expect(isNormalizedArticle(r.article)).toBe(true)
        const text = writeTagged(r.article)
        const again = parsed(text)
        expect(again.codes).toEqual([])
        expect(again.article).toEqual(r.article)
        if (r.warnings.length === 0) expect(text).toBe(input)
        else expect(text).not.toBe(input)
      }),
      { numRuns: RUNS.numRuns * 3 }
    )
  })

  it('any bytes are parsed without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const r = parseTagged(bytes)
        if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(1)
      }),
      RUNS
    )
  })
})
