// Titles the tagged format does not carry. An imported file gets its title back from a file
// name Amud exported ("2014-09-22 - author - title.txt"); otherwise from the body's opening
// words, which the columnist will usually rewrite. A made-up title is at most
// DERIVED_TITLE_MAX (200) characters, cut at a word with an ellipsis: a first "word" that is a
// 1,500-character URL, or a 10 MB file on one line, must not become a title the library
// refuses to save (its limit is 1,000), nor a title no list can show.
import { ARTICLE_LIMITS, DERIVED_TITLE_MAX, capAtWord } from '../../shared/model/limits'

const EXPORTED_NAME = /^\d{4}-\d{2}-\d{2} - (?:.+? - )?(.+)$/u
const TITLE_WORDS = 10

export function titleFromFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? name
  const stem = base.replace(/\.[^.]*$/u, '')
  const m = EXPORTED_NAME.exec(stem)
  const title = m?.[1]?.trim()
  return title ? capAtWord(title, DERIVED_TITLE_MAX) : null
}

/** The first characters of a paragraph are all a title can take: no need to split 10 MB. */
const LOOK_AT = 4 * DERIVED_TITLE_MAX

/** The first sentence of the first paragraph, cut to ten words and DERIVED_TITLE_MAX characters. */
export function titleFromBody(paragraphs: readonly string[]): string {
  const first =
    paragraphs
      .find((p) => /\S/u.test(p))
      ?.trimStart()
      .slice(0, LOOK_AT) ?? ''
  const sentence = first.split(/(?<=[.!?؟؛:])\s/u)[0] ?? ''
  const words = sentence.split(/\s+/).filter((w) => w !== '')
  const title = words.length <= TITLE_WORDS ? words.join(' ').replace(/[.:؛]+$/u, '') : `${words.slice(0, TITLE_WORDS).join(' ')}…`
  return capAtWord(title, DERIVED_TITLE_MAX)
}

/** A title from the file itself (a Word document's Title paragraph): kept whole up to the library's limit. */
export function capGivenTitle(title: string): string {
  return capAtWord(title, ARTICLE_LIMITS.title)
}
