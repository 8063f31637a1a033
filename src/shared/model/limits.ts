// The longest text each article field may hold. The API contract refuses anything longer, so
// every place text enters (import, paste, typing, a conflict's copy) keeps within these too:
// a field the library refuses must never be sent again and again with every later save.
import type { ArticleChanges } from './article'
import { MAX_FILE_BYTES } from '../format/canonical'

export const ARTICLE_LIMITS = {
  title: 1000,
  pullQuote: 5000,
  section: 200,
  tag: 100,
  tags: 100
} as const

/**
 * The largest file an import reads: a tagged file as the format allows (10 MiB); a Word
 * document as the API can carry (16,000,000 base64 characters = 12,000,000 bytes), more than
 * any column with its pictures.
 */
export const IMPORT_LIMITS = {
  taggedBytes: MAX_FILE_BYTES,
  docxBytes: 12_000_000
} as const

/** Titles Amud makes up itself (from a file name or the first words): short, cut at a word. */
export const DERIVED_TITLE_MAX = 200

export type LimitedField = 'title' | 'pullQuote' | 'section' | 'tags'

/** The fields of `changes` the library would refuse as too long. */
export function fieldsOverLimit(changes: ArticleChanges): LimitedField[] {
  const over: LimitedField[] = []
  if (changes.title !== undefined && changes.title.length > ARTICLE_LIMITS.title) over.push('title')
  if (changes.pullQuote !== undefined && changes.pullQuote.length > ARTICLE_LIMITS.pullQuote) over.push('pullQuote')
  if (changes.section !== undefined && changes.section.length > ARTICLE_LIMITS.section) over.push('section')
  if (changes.tags !== undefined && (changes.tags.length > ARTICLE_LIMITS.tags || changes.tags.some((t) => t.length > ARTICLE_LIMITS.tag))) {
    over.push('tags')
  }
  return over
}

/**
 * `text` cut to at most `max` characters (UTF-16 units, what the limits count) at the last
 * space before the cut, with an ellipsis saying it was cut; cut mid-word only when the text has
 * no space in the last half (a long URL), never inside a surrogate pair. Unchanged if it fits.
 */
export function capAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const room = max - 1 // the ellipsis
  let cut = room
  const space = text.lastIndexOf(' ', room)
  if (space >= room / 2) cut = space
  else if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1
  return `${text.slice(0, cut).trimEnd()}…`
}
