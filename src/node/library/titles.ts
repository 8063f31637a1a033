// Titles the tagged format does not carry. An imported file gets its title back from a file
// name Amud exported ("2014-09-22 - author - title.txt"); otherwise from the body's opening
// words, which the columnist will usually rewrite.
const EXPORTED_NAME = /^\d{4}-\d{2}-\d{2} - (?:.+? - )?(.+)$/u
const TITLE_WORDS = 10

export function titleFromFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? name
  const stem = base.replace(/\.[^.]*$/u, '')
  const m = EXPORTED_NAME.exec(stem)
  return m?.[1]?.trim() || null
}

/** The first sentence of the first paragraph, cut to ten words. */
export function titleFromBody(paragraphs: readonly string[]): string {
  const first = paragraphs.find((p) => p.trim() !== '')?.trim() ?? ''
  const sentence = first.split(/(?<=[.!?؟؛:])\s/u)[0] ?? ''
  const words = sentence.split(/\s+/).filter((w) => w !== '')
  if (words.length <= TITLE_WORDS) return words.join(' ').replace(/[.:؛]+$/u, '')
  return `${words.slice(0, TITLE_WORDS).join(' ')}…`
}
