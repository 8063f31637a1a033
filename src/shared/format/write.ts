// Article → canonical text. Deterministic: the same article always gives the same string, and
// the string is exactly what the publication's own files look like (no newline at the end).
// What the format cannot hold is normalized (see normalizeTaggedArticle); what it cannot
// express at all is refused with a TaggedFormatError naming the part of the article.

import { headerLine, MAX_FILE_BYTES, pullQuoteLine, SEPARATOR } from './canonical'
import { checkPictureUrl, firstBracket, type PictureUrlProblem } from './header'
import { msg, t, type Message } from '../messages/catalog'
import { DIAGNOSTIC_CODES, formatMessage, type MessageParams } from './messages'
import { normalizeTaggedArticle } from './normalize'
import { firstLoneSurrogate, locate, utf8Length } from './text'
import type { TaggedArticle } from './types'

/** Why an article cannot be written; `code` matches the parser's code for the same fault. */
export class TaggedFormatError extends Error {
  readonly code: string
  /** "cannot write the article: …", to render in either language (the English is `message`). */
  readonly said: Message<'format.cannot-write'>

  constructor(code: string, why: Message) {
    const said = msg('format.cannot-write', { why })
    super(t(said, 'en'))
    this.name = 'TaggedFormatError'
    this.code = code
    this.said = said
  }
}

export function writeTagged(article: TaggedArticle): string {
  const text = buildTagged(article)
  // The parser refuses files over the limit, so the writer must not make one.
  if (text.length * 3 > MAX_FILE_BYTES) {
    const bytes = utf8Length(text)
    if (bytes > MAX_FILE_BYTES) {
      const size = (bytes / (1024 * 1024)).toFixed(1)
      throw new TaggedFormatError('too-large', msg('format.write-too-large', { size }))
    }
  }
  return text
}

/** The canonical text, every check made but the size (the parser measures it with this). */
export function buildTagged(article: TaggedArticle): string {
  const a = normalizeTaggedArticle(article)
  if (a.authorName === '') throw new TaggedFormatError('author-name-empty', msg('format.write-author-name-empty'))
  const bracket = firstBracket(a.authorName)
  if (bracket !== -1) throw fromMessage('author-name-bracket', { ch: a.authorName[bracket] as string })
  if (a.authorPictureUrl !== null) {
    const problem = checkPictureUrl(a.authorPictureUrl)
    if (problem) throw fromMessage(problem.id, problem.params ?? {})
  }
  if (a.paragraphs.length === 0) throw new TaggedFormatError('no-body', msg('format.write-no-body'))

  // One join, so the result is built flat once instead of concatenated and flattened again.
  const text = [headerLine(a.authorName, a.authorPictureUrl), pullQuoteLine(a.pullQuote), SEPARATOR, ...a.paragraphs].join('\n')

  // Checked on the whole output at once (one scan each) rather than field by field.
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const where = partAt(text, nul, a, (s) => s.includes('\0'))
    throw new TaggedFormatError('nul', msg('format.write-nul', { part: where }))
  }
  const lone = firstLoneSurrogate(text)
  if (lone !== -1) {
    const where = partAt(text, lone, a, (s) => firstLoneSurrogate(s) !== -1)
    throw new TaggedFormatError('not-utf8', msg('format.write-not-utf8', { part: where }))
  }
  return text
}

function fromMessage(id: 'author-name-bracket' | PictureUrlProblem, params: MessageParams): TaggedFormatError {
  return new TaggedFormatError(DIAGNOSTIC_CODES[id], formatMessage(id, params))
}

/** Names the part of the article that holds position `index` of the written text. */
function partAt(text: string, index: number, a: TaggedArticle, holds: (s: string) => boolean): Message {
  const { line } = locate(text, index)
  if (line === 0) return holds(a.authorName) ? msg('format.part-author-name') : msg('format.part-picture')
  if (line === 1) return msg('format.part-pull-quote')
  return msg('format.part-paragraph', { n: line - 2 })
}
