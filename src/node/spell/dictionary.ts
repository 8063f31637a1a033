// Loads the AyaSpell Arabic word list that @cspell/dict-ar ships as a cspell trie, unmodified
// (LGPL-3.0; see docs/spelling.md). Decoding it takes seconds and about 150 MB, which is why
// only the spell worker calls this, once.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Lexicon } from '../../shared/spell/clitics'

/** The package exports only its cspell-ext.json; the trie sits beside it. */
export function arabicDictionaryPath(): string {
  const require = createRequire(__filename)
  return join(dirname(require.resolve('@cspell/dict-ar/cspell-ext.json')), 'ar.trie.gz')
}

export async function loadArabicDictionary(path: string = arabicDictionaryPath()): Promise<Lexicon> {
  // cspell-trie-lib is an ES module only (no "require" export), and this file may run as CommonJS.
  const { decodeTrie } = await import('cspell-trie-lib')
  const trie = decodeTrie(gunzipSync(readFileSync(path)).toString('utf8'))
  return { has: (word) => trie.has(word) }
}
