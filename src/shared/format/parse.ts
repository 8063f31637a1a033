// Text → article. Reads the file top to bottom once: the author header, the pull quote, the
// separator, then one paragraph a line. Slips a person makes (see docs/tagged-format.md) are
// normalized with a warning; anything that leaves the article unclear is refused with its line
// and column. The article returned is always normalized, so writing it back gives the
// canonical text, and gives the input itself whenever there was no warning.

import { headerLine, isSeparator, MAX_FILE_BYTES, SEPARATOR_LENGTH } from './canonical'
import { decodeInput } from './decode'
import { WarningCollector } from './diagnostics'
import { parseHeader } from './header'
import { diagnostic, type MessageId, type MessageParams } from './messages'
import { unusualNameSpacing } from './name-spacing'
import { readPullQuote } from './pull-quote'
import { codePointColumn, isBlank, isTrimSpace, normalizeText, utf8Length } from './text'
import type { ParseResult, TaggedArticle } from './types'
import { buildTagged } from './write'

export function parseTagged(input: string | Uint8Array): ParseResult {
  const decoded = decodeInput(input)
  if (!decoded.ok) return { ok: false, error: decoded.error, warnings: [] }
  return new TaggedParser(decoded.text).parse()
}

// Breaks other than the LF that separates lines (the CR of a CRLF is removed before this applies).
const INNER_BREAK_RE = /[\v\f\r\u0085\u2028\u2029]/

class TaggedParser {
  private readonly warnings = new WarningCollector()
  private readonly lines: string[]
  /** 1 when the file starts with a byte-order mark: it is still column 1 of line 1 for the reader. */
  private readonly bom: number
  private readonly innerBreaks: boolean
  /** UTF-16 length of the whole input: a bound on its size in bytes (at most 3 a unit). */
  private readonly length: number

  constructor(text: string) {
    this.length = text.length
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
    if (this.bom) {
      text = text.slice(1)
      this.warnings.add('bom', 1, 1)
    }
    this.lines = text.split('\n')
    // One scan settles the usual case: no CR and no other break anywhere, nothing to strip.
    this.innerBreaks = INNER_BREAK_RE.test(text) ? this.stripCarriageReturns() : false
  }

  parse(): ParseResult {
    const lines = this.lines
    let last = lines.length - 1
    while (last >= 0 && isBlank(lines[last] as string)) last--
    if (last === -1) return this.fail('header-missing', 1, 1)
    if (last < lines.length - 1) {
      this.warnings.add('trailing-newline', last + 1, this.column(last, (lines[last] as string).length), {}, lines.length - 1 - last)
    }

    const header = this.nextLine(0, last)
    if (!header) return this.fail('header-missing', 1, 1)
    const raw = lines[header.index] as string
    const parsed = parseHeader(raw)
    if (!parsed.ok) return this.fail(parsed.id, header.index + 1, this.column(header.index, parsed.index), parsed.params)
    const standard = headerLine(parsed.authorName, parsed.pictureUrl)
    if (header.text !== standard) {
      const at = leadingSpace(raw) + firstDifference(header.text, standard)
      this.warnings.add('header-form', header.index + 1, this.column(header.index, at))
    }

    let next = this.nextLine(header.index + 1, last)
    if (!next) return this.fail('no-body', last + 2, 1)
    let pullQuote: string | null = null
    if (isSeparator(next.text)) {
      this.warnings.add('pull-quote-missing', next.index + 1, 1)
    } else {
      const quote = readPullQuote(next.text)
      if (!quote.standard) this.warnings.add('pull-quote-marks', next.index + 1, this.column(next.index, leadingSpace(lines[next.index] as string)))
      pullQuote = quote.pullQuote
      next = this.nextLine(next.index + 1, last)
      if (!next) return this.fail('no-body', last + 2, 1)
      if (!isSeparator(next.text)) {
        return this.fail('separator-missing', next.index + 1, this.column(next.index, leadingSpace(lines[next.index] as string)))
      }
    }
    const separator = next
    if (separator.text.length !== SEPARATOR_LENGTH) {
      const at = this.column(separator.index, leadingSpace(lines[separator.index] as string))
      this.warnings.add('separator-length', separator.index + 1, at, { n: separator.text.length })
    }

    const paragraphs: string[] = []
    for (let k = separator.index + 1; k <= last; k++) {
      const line = lines[k] as string
      // The common case, checked by char code: a line that is already a clean paragraph.
      if (
        line.length > 0 &&
        !isTrimSpace(line.charCodeAt(0)) &&
        !isTrimSpace(line.charCodeAt(line.length - 1)) &&
        !(this.innerBreaks && INNER_BREAK_RE.test(line))
      ) {
        paragraphs.push(line)
        continue
      }
      const text = this.clean(k)
      if (text !== '') paragraphs.push(text)
    }
    if (paragraphs.length === 0) return this.fail('no-body', separator.index + 2, 1)

    const article = { authorName: parsed.authorName, authorPictureUrl: parsed.pictureUrl, pullQuote, paragraphs }
    const tooLarge = this.canonicalTooLarge(article)
    if (tooLarge !== null) return this.fail('too-large-canonical', 1, 1, { bytes: tooLarge, over: tooLarge - MAX_FILE_BYTES })
    // The column is exact unless a line break inside the name was joined before the place.
    const spacing = unusualNameSpacing(parsed.authorName)
    const notes = spacing
      ? [diagnostic('author-name-spacing', header.index + 1, this.column(header.index, parsed.nameIndex + spacing.index), { what: spacing.what })]
      : []
    return { ok: true, article, warnings: this.warnings.list(), notes }
  }

  /**
   * The size in bytes of the canonical text when it is over the limit, else null. The canonical
   * form is what the import keeps and the export writes, so a file whose rewrite would not fit
   * is refused here rather than imported into an article that can never be exported. Only a
   * file with warnings is rewritten, and the rewrite adds at most some 120 bytes (the header's
   * fixed attributes, the pull quote's marks or line, a separator's 25 tatweel); everything else
   * it removes. So a file with room for GROWTH_BOUND bytes more is never written out to check.
   */
  private canonicalTooLarge(article: TaggedArticle): number | null {
    if (this.warnings.isEmpty() || this.length * 3 + GROWTH_BOUND <= MAX_FILE_BYTES) return null
    const bytes = utf8Length(buildTagged(article))
    return bytes > MAX_FILE_BYTES ? bytes : null
  }

  /** Removes the CR of each CRLF; says whether any other line break is left inside a line. */
  private stripCarriageReturns(): boolean {
    const lines = this.lines
    let count = 0
    let first = -1
    let inner = false
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i] as string
      if (line.charCodeAt(line.length - 1) === 0x0d) {
        line = line.slice(0, -1)
        lines[i] = line
        if (count++ === 0) first = i
      }
      if (!inner && INNER_BREAK_RE.test(line)) inner = true
    }
    if (count > 0) this.warnings.add('crlf', first + 1, this.column(first, (lines[first] as string).length), {}, count)
    return inner
  }

  /** The first line from `from` on that holds something, cleaned; blank lines on the way are reported. */
  private nextLine(from: number, last: number): { index: number; text: string } | null {
    for (let i = from; i <= last; i++) {
      const text = this.clean(i)
      if (text !== '') return { index: i, text }
    }
    return null
  }

  /** Line `k` in normal form, with a warning for each thing that had to change; "" for a blank line. */
  private clean(k: number): string {
    const raw = this.lines[k] as string
    const text = normalizeText(raw)
    if (text === '') {
      this.warnings.add('blank-line', k + 1, 1)
      return ''
    }
    if (text === raw) return raw
    const brk = this.innerBreaks ? INNER_BREAK_RE.exec(raw) : null
    if (brk) this.warnings.add('line-break-in-text', k + 1, this.column(k, brk.index))
    if (isTrimSpace(raw.charCodeAt(0))) this.warnings.add('extra-space', k + 1, this.column(k, 0))
    else if (isTrimSpace(raw.charCodeAt(raw.length - 1))) this.warnings.add('extra-space', k + 1, this.column(k, raw.trimEnd().length))
    return text
  }

  private column(lineIndex: number, index: number): number {
    return codePointColumn(this.lines[lineIndex] as string, index) + (lineIndex === 0 ? this.bom : 0)
  }

  private fail(id: MessageId, line: number, column: number, params?: MessageParams): ParseResult {
    return { ok: false, error: diagnostic(id, line, column, params), warnings: this.warnings.list() }
  }
}

/** Far more than the canonical rewrite can add to a file (see canonicalTooLarge). */
const GROWTH_BOUND = 1024

function leadingSpace(s: string): number {
  let i = 0
  while (i < s.length && isTrimSpace(s.charCodeAt(i))) i++
  return i
}

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}
