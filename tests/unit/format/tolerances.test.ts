// Each slip the format forgives: the warning, where it points, and that the article and the
// canonical text come out as if the file had been clean.
import { describe, expect, it } from 'vitest'
import { parseTagged, writeTagged, type TaggedArticle } from '../../../src/shared/format'
import { ARTICLE, header, lines, SEP, withLine } from './fixtures'
import { t } from '../../../src/shared/messages/catalog'
import type { FormatDiagnostic } from '../../../src/shared/format/types'

const en = (d: FormatDiagnostic | undefined): string | undefined => d && t(d.said, 'en')
const ar = (d: FormatDiagnostic | undefined): string | undefined => d && t(d.said, 'ar')

const CANONICAL = lines().join('\n')

type Where = [code: string, line: number, column: number]

function tolerated(input: string | Uint8Array, expected: Where[], article: TaggedArticle = ARTICLE): void {
  const r = parseTagged(input)
  if (!r.ok) throw new Error(`refused: ${r.error.line}:${r.error.column} ${t(r.error.said, 'en')}`)
  expect(r.warnings.map((w) => [w.code, w.line, w.column])).toEqual(expected)
  expect(r.article).toEqual(article)
  if (article === ARTICLE) expect(writeTagged(r.article)).toBe(CANONICAL)
}

describe('file-level slips', () => {
  it('a byte-order mark, from a string or from bytes', () => {
    tolerated(`\uFEFF${CANONICAL}`, [['bom', 1, 1]])
    tolerated(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CANONICAL)]), [['bom', 1, 1]])
  })

  it('CRLF line endings: one warning, at the first, counting them all', () => {
    const r = parseTagged(lines().join('\r\n'))
    tolerated(lines().join('\r\n'), [['crlf', 1, header().length + 1]])
    expect(en(r.warnings[0])).toBe('Windows line endings (CRLF) were changed to plain line feeds (LF) (4 places in the file; this is the first)')
  })

  it('a line break, or several, or blank lines, at the end of the file', () => {
    const lastLine = lines()[4] as string
    tolerated(`${CANONICAL}\n`, [['trailing-newline', 5, lastLine.length + 1]])
    tolerated(`${CANONICAL}\n \n\u00A0\n`, [['trailing-newline', 5, lastLine.length + 1]])
    const one = parseTagged(`${CANONICAL}\n`)
    const three = parseTagged(`${CANONICAL}\n\n\n`)
    expect(en(one.warnings[0])).toBe('the line break at the end of the file was removed: a tagged file ends right after its last paragraph')
    expect(en(three.warnings[0])).toBe('the 3 line breaks at the end of the file were removed: a tagged file ends right after its last paragraph')
    expect(ar(three.warnings[0])).toBe('أُزيلت فواصل الأسطر (عددها 3) في آخر الملف: ينتهي الملف الموسوم بنهاية آخر فقرة فيه')
  })
})

describe('spaces and blank lines', () => {
  it('spaces at the end of any line, or at the start of a body line', () => {
    const p1 = lines()[3] as string
    tolerated(withLine(3, `${p1}  `), [['extra-space', 4, p1.length + 1]])
    tolerated(withLine(3, `\t${p1}\u00A0`), [['extra-space', 4, 1]])
    tolerated(withLine(0, `${header()} `), [['extra-space', 1, header().length + 1]])
    tolerated(withLine(2, `${SEP} `), [['extra-space', 3, 26]])
  })

  it('counts columns in characters, not UTF-16 units', () => {
    const ls = lines()
    ls[3] = '😀 نص  '
    const r = parseTagged(ls.join('\n'))
    expect(r.warnings.map((w) => [w.code, w.line, w.column])).toEqual([['extra-space', 4, 5]])
  })

  it('blank lines between paragraphs, and anywhere else, are dropped with one warning at the first', () => {
    const ls = lines()
    tolerated([ls[0], ls[1], ls[2], ls[3], '', '  ', ls[4]].join('\n'), [['blank-line', 5, 1]])
    tolerated(['', ls[0], '', ls[1], ls[2], '', ls[3], ls[4]].join('\n'), [['blank-line', 1, 1]])
    const r = parseTagged([ls[0], ls[1], ls[2], ls[3], '', '', ls[4]].join('\n'))
    expect(en(r.warnings[0])).toBe('a blank line was removed: a tagged file has none, not even between paragraphs (2 places in the file; this is the first)')
  })

  it('a line break inside a line (lone CR, U+2028, U+2029) becomes a space', () => {
    const article = { ...ARTICLE, paragraphs: ['الفقرة الأولى من المقال.', 'سطر أول سطر ثان'] }
    tolerated(withLine(4, 'سطر أول\u2028سطر ثان'), [['line-break-in-text', 5, 8]], article)
    tolerated(withLine(4, 'سطر أول \r سطر ثان'), [['line-break-in-text', 5, 9]], article)
  })
})

describe('the pull quote', () => {
  const quote = 'اقتباس بارز من المقال؟'
  it.each([
    ['“ ” opening and closing', `“${quote}”`],
    ['“ and no space', `“ ${quote}”`],
    ['ASCII quotes', `"${quote}"`],
    ['guillemets', `«${quote}»`],
    ['guillemets the other way', `»${quote}«`],
    ['a space before the closing mark', `” ${quote} ”`],
    ['no closing mark', `” ${quote}`],
    ['no marks at all', quote]
  ])('%s', (_, line) => {
    tolerated(withLine(1, line), [['pull-quote-marks', 2, 1]])
  })

  it('a quote that itself begins or ends with quoted words keeps them', () => {
    const article = { ...ARTICLE, pullQuote: '"داعش" تنظيم' }
    tolerated(withLine(1, '” "داعش" تنظيم”'), [], article)
    tolerated(withLine(1, '«"داعش" تنظيم»'), [['pull-quote-marks', 2, 1]], article)
  })

  it('marks around nothing mean no pull quote', () => {
    const none = { ...ARTICLE, pullQuote: null }
    tolerated(withLine(1, '” ”'), [], none)
    tolerated(withLine(1, '””'), [['pull-quote-marks', 2, 1]], none)
    tolerated(withLine(1, '""'), [['pull-quote-marks', 2, 1]], none)
    tolerated(withLine(1, '«  »'), [['pull-quote-marks', 2, 1]], none)
  })

  it('no pull quote line at all: the separator on line 2', () => {
    const ls = lines()
    const none = { ...ARTICLE, pullQuote: null }
    tolerated([ls[0], ls[2], ls[3], ls[4]].join('\n'), [['pull-quote-missing', 2, 1]], none)
    const r = parseTagged([ls[0], ls[2], ls[3], ls[4]].join('\n'))
    if (!r.ok) throw new Error(t(r.error.said, 'en'))
    expect(writeTagged(r.article).split('\n')[1]).toBe('” ”')
  })
})

describe('the separator and the body', () => {
  it.each([1, 3, 24, 26, 80])('a separator of %i tatweel', (n) => {
    tolerated(withLine(2, 'ـ'.repeat(n)), [['separator-length', 3, 1]])
    const r = parseTagged(withLine(2, 'ـ'.repeat(n)))
    expect(en(r.warnings[0])).toBe(`the separator line has ${n} tatweel characters instead of 25; it was rewritten with 25`)
  })

  it('tatweel inside a word, or a line of tatweel after the separator, is body text', () => {
    const paragraphs = ['بـ15 الفا، والمـــدينة.', 'ـــــ', SEP]
    tolerated([header(), lines()[1], SEP, ...paragraphs].join('\n'), [], { ...ARTICLE, paragraphs })
  })

  it('brackets and tags in the body are plain text', () => {
    const paragraphs = ['[author image="x"]ليس ترويسة[/author]', 'نص فيه [قوسان] و]عكسهما[']
    tolerated([header(), lines()[1], SEP, ...paragraphs].join('\n'), [], { ...ARTICLE, paragraphs })
  })
})

describe('the author header', () => {
  const standard = header()
  it.each([
    ['attributes in another order', `[author width="60" height="60" class="avatar photo" alt="" image="https://example.com/pic.jpg"]كاظم الموسوي[/author]`, 9],
    ['only the image attribute', `[author image="https://example.com/pic.jpg"]كاظم الموسوي[/author]`, 44],
    ['single quotes', `[author image='https://example.com/pic.jpg' alt="" class="avatar photo" height="60" width="60"]كاظم الموسوي[/author]`, 15],
    ['capital letters in the tags', `[Author image="https://example.com/pic.jpg" alt="" class="avatar photo" height="60" width="60"]كاظم الموسوي[/AUTHOR]`, 2],
    ['spaces around the name', `[author image="https://example.com/pic.jpg" alt="" class="avatar photo" height="60" width="60"] كاظم الموسوي [/author]`, 96],
    ['an unknown attribute', `[author image="https://example.com/pic.jpg" alt="" class="avatar photo" height="60" width="60" id="7"]كاظم الموسوي[/author]`, 95]
  ])('%s', (_, line, column) => {
    expect(line).not.toBe(standard)
    tolerated(withLine(0, line), [['header-form', 1, column]])
  })

  it('no image attribute, or image="", means no picture', () => {
    const none = { ...ARTICLE, authorPictureUrl: null }
    tolerated(withLine(0, '[author]كاظم الموسوي[/author]'), [['header-form', 1, 8]], none)
    tolerated(withLine(0, header('كاظم الموسوي', '')), [], none)
  })
})

it('several slips at once are reported in file order', () => {
  const ls = lines()
  const input = `\uFEFF${[ls[0], '', `«${'اقتباس بارز من المقال؟'}»`, 'ـــ', `${ls[3]} `, '', ls[4]].join('\r\n')}\r\n`
  tolerated(input, [
    ['bom', 1, 1],
    ['crlf', 1, header().length + 2],
    ['blank-line', 2, 1],
    ['pull-quote-marks', 3, 1],
    ['separator-length', 4, 1],
    ['extra-space', 5, (ls[3] as string).length + 1],
    ['trailing-newline', 7, (ls[4] as string).length + 1]
  ])
})
