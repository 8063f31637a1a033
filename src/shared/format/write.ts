// Article → canonical text. Deterministic: the same article always gives the same string, and
// the string is exactly what the publication's own files look like (no newline at the end).
// What the format cannot hold is normalized (see normalizeTaggedArticle); what it cannot
// express at all is refused with a TaggedFormatError naming the part of the article.

import { headerLine, MAX_FILE_BYTES, pullQuoteLine, SEPARATOR } from './canonical'
import { checkPictureUrl, firstBracket, type PictureUrlProblem } from './header'
import { MESSAGES, type MessageParams } from './messages'
import { normalizeTaggedArticle } from './normalize'
import { firstLoneSurrogate, locate, utf8Length } from './text'
import type { TaggedArticle } from './types'

/** Why an article cannot be written; `code` matches the parser's code for the same fault. */
export class TaggedFormatError extends Error {
  readonly code: string
  readonly messageAr: string

  constructor(code: string, message: string, messageAr: string) {
    super(`cannot write the article: ${message}`)
    this.name = 'TaggedFormatError'
    this.code = code
    this.messageAr = `تعذّرت كتابة المقال: ${messageAr}`
  }
}

export function writeTagged(article: TaggedArticle): string {
  const text = buildTagged(article)
  // The parser refuses files over the limit, so the writer must not make one.
  if (text.length * 3 > MAX_FILE_BYTES) {
    const bytes = utf8Length(text)
    if (bytes > MAX_FILE_BYTES) {
      const size = (bytes / (1024 * 1024)).toFixed(1)
      throw new TaggedFormatError(
        'too-large',
        `written out it would be ${size} MB, more than the 10 MB a tagged file may hold`,
        `سيبلغ حجمه ${size} ميغابايت، وهو أكثر من 10 ميغابايت المسموح بها للملف الموسوم`
      )
    }
  }
  return text
}

/** The canonical text, every check made but the size (the parser measures it with this). */
export function buildTagged(article: TaggedArticle): string {
  const a = normalizeTaggedArticle(article)
  if (a.authorName === '') throw new TaggedFormatError('author-name-empty', 'the author name is empty', 'اسم الكاتب فارغ')
  const bracket = firstBracket(a.authorName)
  if (bracket !== -1) throw fromMessage('author-name-bracket', { ch: a.authorName[bracket] as string })
  if (a.authorPictureUrl !== null) {
    const problem = checkPictureUrl(a.authorPictureUrl)
    if (problem) throw fromMessage(problem.id, problem.params ?? {})
  }
  if (a.paragraphs.length === 0) throw new TaggedFormatError('no-body', 'it has no paragraphs', 'المقال بلا فقرات')

  // One join, so the result is built flat once instead of concatenated and flattened again.
  const text = [headerLine(a.authorName, a.authorPictureUrl), pullQuoteLine(a.pullQuote), SEPARATOR, ...a.paragraphs].join('\n')

  // Checked on the whole output at once (one scan each) rather than field by field.
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const where = partAt(text, nul, a, (s) => s.includes('\0'))
    throw new TaggedFormatError('nul', `${where.en} contains a NUL character (code 0)`, `${where.ar} يحتوي على المحرف NUL (الرمز صفر)`)
  }
  const lone = firstLoneSurrogate(text)
  if (lone !== -1) {
    const where = partAt(text, lone, a, (s) => firstLoneSurrogate(s) !== -1)
    throw new TaggedFormatError(
      'not-utf8',
      `${where.en} contains a broken character (half of a UTF-16 surrogate pair) that UTF-8 cannot hold`,
      `${where.ar} يحتوي على حرف تالف (نصف زوج بديل في UTF-16) لا يمكن حفظه بترميز UTF-8`
    )
  }
  return text
}

function fromMessage(id: 'author-name-bracket' | PictureUrlProblem, params: MessageParams): TaggedFormatError {
  const entry = MESSAGES[id]
  return new TaggedFormatError(entry.code, entry.en(params), entry.ar(params))
}

/** Names the part of the article that holds position `index` of the written text. */
function partAt(text: string, index: number, a: TaggedArticle, holds: (s: string) => boolean): { en: string; ar: string } {
  const { line } = locate(text, index)
  if (line === 0) return holds(a.authorName) ? { en: 'the author name', ar: 'اسم الكاتب' } : { en: 'the author picture address', ar: 'عنوان صورة الكاتب' }
  if (line === 1) return { en: 'the pull quote', ar: 'الاقتباس البارز' }
  const n = line - 2
  return { en: `paragraph ${n}`, ar: `الفقرة ${n}` }
}
