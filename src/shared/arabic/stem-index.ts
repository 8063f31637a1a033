// The search index's second token stream: for each word of a text whose stem key differs from
// its search-folded form, the key, once per text. A word whose key is its own form (رياض) is
// found through the form columns, so it is not repeated here; a search for a key looks in both.
import { normalizeForStems } from './normalize'
import { cachedStemKeys, foldKept } from './stem'

/** What the index calls a token: letters, digits, private-use characters. */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu

/** Stem keys of `text` (original text), space-separated, each once. */
export function stemTokens(text: string): string {
  const seen = new Set<string>()
  for (const m of normalizeForStems(text).matchAll(TOKEN)) {
    const token = m[0]
    const c = token.charCodeAt(0)
    // Only words starting with an Arabic letter can have a different key.
    if (c < 0x0621 || c > 0x064a || token.length < 3) continue
    const keys = cachedStemKeys(token)
    const form = foldKept(token)
    for (const key of keys) if (key !== form) seen.add(key)
  }
  return [...seen].join(' ')
}
