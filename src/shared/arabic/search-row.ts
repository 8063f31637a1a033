// What the library's search index holds for an article, one row: the title, author, pull quote
// and body as index text (indexText: the words with spaces between them, all the FTS5 `ascii`
// tokenizer reads), then the stems column, every field's stem keys once. Each field is
// normalized, split and stemmed in one pass (stem-index.ts); this puts the fields together.
import { normalizeAndStem } from './stem-index'

/**
 * The search index's row for an article, in column order: title, author, pull quote and body
 * as index text, then the stems column. `body` is the body's normalizeAndStem when the caller
 * already has it.
 */
export function searchRow(
  title: string,
  author: string,
  pullQuote: string,
  bodyText: string,
  body: { indexed: string; keys: readonly string[] } = normalizeAndStem(bodyText)
): [string, string, string, string, string] {
  const t = normalizeAndStem(title)
  const a = normalizeAndStem(author)
  const q = normalizeAndStem(pullQuote)
  return [t.indexed, a.indexed, q.indexed, body.indexed, joinStemKeys([t.keys, a.keys, q.keys, body.keys])]
}

/** The stems column of a text made of fields, from each field's keys: each key once, in field order. */
export function joinStemKeys(fields: readonly (readonly string[])[]): string {
  const last = fields.length - 1
  let before = 0
  for (let i = 0; i < last; i++) before += fields[i]!.length
  if (before === 0) return last >= 0 ? fields[last]!.join(' ') : ''
  // The short fields (title, author, pull quote) go into a set; the last one (the body, each
  // key once already) is only checked against it.
  const seen = new Set<string>()
  const all: string[] = []
  for (let i = 0; i < last; i++) {
    for (const k of fields[i]!) {
      if (seen.has(k)) continue
      seen.add(k)
      all.push(k)
    }
  }
  for (const k of fields[last]!) if (!seen.has(k)) all.push(k)
  return all.join(' ')
}
