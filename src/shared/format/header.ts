// The author header, line 1: [author image="URL" alt="" …]NAME[/author]. Read tolerantly (any
// attribute order, spacing, quote style or letter case; unknown attributes ignored) because
// those slips lose nothing, and refused with the exact column when the name or picture cannot
// be told apart. Whether the line was in the standard form is decided by the caller, by
// comparing it with the canonical rewrite.

import { HEADER_CLOSE, HEADER_OPEN } from './canonical'
import type { MessageId, MessageParams } from './messages'
import { checkPictureUrl } from './picture-url'
import { isTrimSpace, normalizeText } from './text'

// Kept importable from here: the export checklist and source read it from this module.
export { checkPictureUrl, type PictureUrlProblem } from './picture-url'

export type HeaderParse =
  { ok: true; authorName: string; pictureUrl: string | null; nameIndex: number } | { ok: false; id: MessageId; index: number; params?: MessageParams }

interface Attribute {
  value: string
  index: number
}

export function parseHeader(line: string): HeaderParse {
  const n = line.length
  let i = skipSpace(line, 0)
  if (!startsWithIgnoringCase(line, HEADER_OPEN, i)) return fail('header-missing', i)
  i += HEADER_OPEN.length
  if (i === n) return fail('unclosed-open-tag', i)
  // "[authors]" or "[author-x]" is some other tag, not a slip in ours.
  if (!isTrimSpace(line.charCodeAt(i)) && line[i] !== ']') return fail('header-missing', i - HEADER_OPEN.length)

  const attributes = new Map<string, Attribute>()
  for (;;) {
    i = skipSpace(line, i)
    if (i >= n) return fail('unclosed-open-tag', n)
    if (line[i] === ']') break
    const nameStart = i
    while (i < n && isNameChar(line.charCodeAt(i))) i++
    if (i === nameStart) return fail('header-expected-attribute', i)
    const name = line.slice(nameStart, i).toLowerCase()
    i = skipSpace(line, i)
    if (line[i] !== '=') return fail('header-expected-equals', i, { name })
    i = skipSpace(line, i + 1)
    const quote = line[i]
    if (quote !== '"' && quote !== "'") return fail('header-expected-quote', i, { name })
    const close = line.indexOf(quote, i + 1)
    if (close === -1) return fail('header-unclosed-quote', i, { name })
    if (attributes.has(name)) return fail('header-duplicate-attribute', nameStart, { name })
    attributes.set(name, { value: line.slice(i + 1, close), index: i + 1 })
    i = close + 1
  }
  const nameStart = i + 1

  let end = n
  while (end > nameStart && isTrimSpace(line.charCodeAt(end - 1))) end--
  const closeAt = findClosingTag(line, nameStart)
  if (closeAt === -1) return fail('unclosed-close-tag', end)
  const after = skipSpace(line, closeAt + HEADER_CLOSE.length)
  if (after < n) return fail('header-text-after-close', after)

  const rawName = line.slice(nameStart, closeAt)
  const bracket = firstBracket(rawName)
  if (bracket !== -1) return fail('author-name-bracket', nameStart + bracket, { ch: rawName[bracket] as string })
  const authorName = normalizeText(rawName)
  if (authorName === '') return fail('author-name-empty', nameStart)

  const image = attributes.get('image')
  let pictureUrl: string | null = null
  if (image) {
    const lead = skipSpace(image.value, 0)
    const url = image.value.trim()
    if (url !== '') {
      const problem = checkPictureUrl(url)
      if (problem) return fail(problem.id, image.index + lead + problem.offset, problem.params)
      pictureUrl = url
    }
  }
  return { ok: true, authorName, pictureUrl, nameIndex: skipSpace(line, nameStart) }
}

/** Index in `name` of the first [ or ], or -1: the one thing in a name that would break the header. */
export function firstBracket(name: string): number {
  const open = name.indexOf('[')
  const close = name.indexOf(']')
  return open === -1 ? close : close === -1 ? open : Math.min(open, close)
}

function findClosingTag(line: string, from: number): number {
  for (let k = line.indexOf('[/', from); k !== -1; k = line.indexOf('[/', k + 1)) {
    if (startsWithIgnoringCase(line, HEADER_CLOSE, k)) return k
  }
  return -1
}

function startsWithIgnoringCase(s: string, prefix: string, at: number): boolean {
  return s.slice(at, at + prefix.length).toLowerCase() === prefix
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && isTrimSpace(s.charCodeAt(i))) i++
  return i
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x3a || c === 0x2e
}

function fail(id: MessageId, index: number, params?: MessageParams): HeaderParse {
  return params ? { ok: false, id, index, params } : { ok: false, id, index }
}
