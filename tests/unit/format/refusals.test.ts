// What the format refuses, and that the refusal names the line and column a person would fix.
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, parseTagged, writeTagged } from '../../../src/shared/format'
import { HEADER_ATTRS, header, lines, SEP, withLine } from './fixtures'
import { t } from '../../../src/shared/messages/catalog'

const encoder = new TextEncoder()

function refused(input: string | Uint8Array, code: string, line: number, column: number): { message: string; messageAr: string } {
  const r = parseTagged(input)
  if (r.ok) throw new Error('accepted a file it should refuse')
  expect([r.error.code, r.error.line, r.error.column]).toEqual([code, line, column])
  const said = { message: t(r.error.said, 'en'), messageAr: t(r.error.said, 'ar') }
  expect(said.messageAr).not.toBe('')
  return said
}

const NAME = 'كاظم الموسوي'
const OPEN = `[author image="https://example.com/pic.jpg" ${HEADER_ATTRS}]`

describe('the author header', () => {
  it('missing: plain text, an empty file, another tag', () => {
    const e = refused(withLine(0, 'كاظم الموسوي'), 'header-missing', 1, 1)
    expect(e.message).toBe('the author header is missing; a tagged file starts with [author image="…" …]NAME[/author]')
    refused('', 'header-missing', 1, 1)
    refused('\n \n', 'header-missing', 1, 1)
    refused(withLine(0, `[authors image=""]${NAME}[/authors]`), 'header-missing', 1, 1)
    refused(lines().slice(1).join('\n'), 'header-missing', 1, 1)
  })

  it('a byte-order mark counts as column 1 of line 1', () => {
    refused(`\uFEFF${withLine(0, 'نص')}`, 'header-missing', 1, 2)
  })

  it('an unclosed opening tag', () => {
    const line = '[author image="https://example.com/pic.jpg" alt=""'
    const e = refused(withLine(0, line), 'unclosed-tag', 1, line.length + 1)
    expect(e.message).toBe('unclosed tag: the opening tag [author … has no closing ] on this line')
    refused(withLine(0, '[author'), 'unclosed-tag', 1, 8)
  })

  it('an unclosed closing tag', () => {
    const e = refused(withLine(0, `${OPEN}${NAME}`), 'unclosed-tag', 1, OPEN.length + NAME.length + 1)
    expect(e.message).toBe('unclosed tag: the author name is not followed by [/author] on this line')
    refused(withLine(0, `${OPEN}${NAME}[/author`), 'unclosed-tag', 1, OPEN.length + NAME.length + 9)
  })

  it('malformed attributes', () => {
    const eq = refused(withLine(0, `[author image="https://example.com/pic.jpg" alt]${NAME}[/author]`), 'header-malformed', 1, 48)
    expect(eq.message).toBe('the author header is malformed: expected = after alt, or ] to end the opening tag')
    const quote = refused(withLine(0, `[author image=https://example.com/pic.jpg]${NAME}[/author]`), 'header-malformed', 1, 15)
    expect(quote.message).toBe('the author header is malformed: the value of image must be in double quotes, as in image="…"')
    const open = refused(withLine(0, `[author image="https://example.com/pic.jpg]${NAME}[/author]`), 'header-malformed', 1, 15)
    expect(open.message).toBe('the author header is malformed: the quotation mark that opens the value of image is never closed')
    const twice = refused(withLine(0, `[author image="" image=""]${NAME}[/author]`), 'header-malformed', 1, 18)
    expect(twice.message).toBe('the author header is malformed: the attribute image appears twice')
    const attr = refused(withLine(0, `[author image=""${NAME}[/author]`), 'header-malformed', 1, 17)
    expect(attr.message).toBe('the author header is malformed: expected an attribute such as image="…", or ] to end the opening tag')
    const after = refused(withLine(0, `${header()} ” اقتباس”`), 'header-malformed', 1, header().length + 2)
    expect(after.message).toBe('the author header is malformed: there is text after [/author]; the pull quote goes on the next line')
  })

  it('an empty author name', () => {
    const e = refused(withLine(0, `${OPEN}  [/author]`), 'author-name-empty', 1, OPEN.length + 1)
    expect(e.message).toBe('the author name is empty; write it between ] and [/author]')
  })

  it('brackets in the author name', () => {
    const e = refused(withLine(0, `${OPEN}كاظم [الموسوي[/author]`), 'author-name-bracket', 1, OPEN.length + 6)
    expect(e.message).toBe('the author name contains “[”; square brackets would break the header, so remove it from the name')
    refused(withLine(0, `${OPEN}كاظم]${NAME}[/author]`), 'author-name-bracket', 1, OPEN.length + 5)
  })
})

describe('the author picture address', () => {
  const at = '[author image="'.length + 1
  it.each(['ftp://example.com/a.jpg', '/images/a.jpg', 'example.com/a.jpg', 'javascript:alert(1)', 'data:image/png;base64,AAAA'])('refuses %s', (url) => {
    const e = refused(withLine(0, header(NAME, url)), 'picture-url', 1, at)
    expect(e.message).toBe('the author picture address must start with http:// or https://; leave it empty (image="") if the author has no picture')
  })

  it('points at a character an address cannot hold', () => {
    const space = refused(withLine(0, header(NAME, 'https://example.com/my pic.jpg')), 'picture-url', 1, at + 22)
    expect(space.message).toBe('the author picture address contains a space (U+0020), which an address cannot hold; encode it (a space is written %20)')
    const mark = refused(withLine(0, header(NAME, 'https://example.com/a.jpg\u200F')), 'picture-url', 1, at + 25)
    expect(mark.message).toContain('an invisible formatting character (U+200F)')
    refused(withLine(0, header(NAME, 'https://example.com/[a].jpg')), 'picture-url', 1, at + 20)
  })

  it('needs a site name', () => {
    const e = refused(withLine(0, header(NAME, 'https:///a.jpg')), 'picture-url', 1, at + 8)
    expect(e.message).toBe('the author picture address has no site name after ://')
  })
})

describe('the structure', () => {
  it('no separator line after the pull quote', () => {
    const ls = lines()
    const e = refused([ls[0], ls[1], ls[3], ls[4]].join('\n'), 'separator-missing', 3, 1)
    expect(e.message).toBe('expected the separator line, made of tatweel only (ـــــ), after the pull quote')
    refused([ls[0], ls[1], '---------', ls[3]].join('\n'), 'separator-missing', 3, 1)
    refused([ls[0], ls[1], 'ـــ ـــ', ls[3]].join('\n'), 'separator-missing', 3, 1)
    refused([ls[0], ls[1], '  نص', SEP, ls[3]].join('\n'), 'separator-missing', 3, 3)
  })

  it('no body', () => {
    const ls = lines()
    const e = refused([ls[0], ls[1], SEP].join('\n'), 'no-body', 4, 1)
    expect(e.message).toBe('the article has no body; after the separator line (ـــــ) come the paragraphs, one per line')
    refused([ls[0], ls[1], SEP, '', '  '].join('\n'), 'no-body', 4, 1)
    refused([ls[0], SEP].join('\n'), 'no-body', 3, 1)
    refused([ls[0], ls[1]].join('\n'), 'no-body', 3, 1)
    refused(ls[0] as string, 'no-body', 2, 1)
  })

  it('keeps the warnings found before the refusal', () => {
    const ls = lines()
    const r = parseTagged(`\uFEFF${[ls[0], '', ls[1], ls[3]].join('\r\n')}`)
    expect(r.ok).toBe(false)
    expect(r.warnings.map((w) => w.code)).toEqual(['bom', 'crlf', 'blank-line'])
  })
})

describe('what is not text', () => {
  it('bytes that are not UTF-8, with the place of the first bad byte', () => {
    const good = encoder.encode(lines().join('\n'))
    const line4 = encoder.encode(lines().slice(0, 3).join('\n')).length + 1
    const prefix = encoder.encode('الفقرة ').length
    // "ال" in Windows-1256, as a column saved in the old Arabic code page would hold it.
    const bad = new Uint8Array([...good.subarray(0, line4 + prefix), 0xc7, 0xe1, ...good.subarray(line4 + prefix)])
    const e = refused(bad, 'not-utf8', 4, 8)
    expect(e.message).toBe(
      'the file is not UTF-8 text: the byte here cannot be read as a character; it may have been saved as Windows-1256 or UTF-16, so save it again as UTF-8'
    )
    refused(new Uint8Array([0xff, 0xfe, 0x5b, 0x00]), 'not-utf8', 1, 1)
    refused(new Uint8Array([...good, 0xd8]), 'not-utf8', 5, (lines()[4] as string).length + 1)
    // An encoded surrogate and an overlong "/" are refused as TextDecoder refuses them.
    refused(new Uint8Array([0x5b, 0xed, 0xa0, 0x80]), 'not-utf8', 1, 2)
    refused(new Uint8Array([0x5b, 0xc0, 0xaf]), 'not-utf8', 1, 2)
  })

  it('a string holding half a surrogate pair', () => {
    const e = refused(withLine(3, 'نص \uD83D نص'), 'not-utf8', 4, 4)
    expect(e.message).toBe('the text holds a broken character here (half of a UTF-16 surrogate pair) that UTF-8 cannot hold; retype or delete it')
  })

  it('a NUL byte, from bytes or from a string', () => {
    const text = withLine(3, '😀نص\0')
    const e = refused(text, 'nul', 4, 4)
    expect(e.message).toBe('the file holds a NUL character (byte 0), which no text contains; it looks like a binary or damaged file')
    refused(encoder.encode(text), 'nul', 4, 4)
  })

  it('a file over 10 MB, however it is handed over; 10 MB exactly is fine', () => {
    const e = refused(new Uint8Array(MAX_FILE_BYTES + 1), 'too-large', 1, 1)
    expect(e.message).toBe('the file is 10.0 MB; a tagged file may hold at most 10 MB (a column is far shorter), so this is probably not the right file')
    // Arabic letters take two bytes each in UTF-8: fewer characters than bytes.
    refused('ا'.repeat(MAX_FILE_BYTES / 2 + 1), 'too-large', 1, 1)
    const base = lines().join('\n')
    const exact = `${base}${'a'.repeat(MAX_FILE_BYTES - encoder.encode(base).length)}`
    expect(parseTagged(exact).ok).toBe(true)
    expect(parseTagged(encoder.encode(exact)).ok).toBe(true)
    refused(`${exact}a`, 'too-large', 1, 1)
  })

  it('a file of 10 MB whose standard form would be larger is refused: it could be imported but never exported', () => {
    // No fixed attributes in the header: the standard form adds them back (51 bytes).
    const short = `[author image="https://example.com/pic.jpg"]${NAME}[/author]`
    /** 10 MB exactly: the last paragraph padded with "a", then `trailing` spaces. */
    const at = (trailing: number): string => {
      const head = withLine(0, short)
      return `${head}${'a'.repeat(MAX_FILE_BYTES - encoder.encode(head).length - trailing)}${' '.repeat(trailing)}`
    }
    const over = at(0)
    expect(encoder.encode(over).length).toBe(MAX_FILE_BYTES)
    const e = refused(over, 'too-large', 1, 1)
    expect(e.message).toBe(
      `written in the standard form, which is what the library keeps and exports, the file would be ${MAX_FILE_BYTES + 51} bytes, more than the 10 MB (10485760 bytes) a tagged file may hold, so it could never be exported again; shorten it by at least 51 bytes`
    )
    refused(encoder.encode(over), 'too-large', 1, 1)
    // 50 spaces at the end, dropped by the rewrite: still one byte too many.
    expect(refused(at(50), 'too-large', 1, 1).message).toContain('shorten it by at least 1 byte')
    // 51: the rewrite is exactly 10 MB, so the file is accepted and written back at the limit.
    const fits = parseTagged(encoder.encode(at(51)))
    if (!fits.ok) throw new Error(t(fits.error.said, 'en'))
    expect(fits.warnings.map((w) => w.code)).toEqual(['header-form', 'extra-space'])
    expect(encoder.encode(writeTagged(fits.article)).length).toBe(MAX_FILE_BYTES)
  })
})
