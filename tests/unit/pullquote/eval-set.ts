// The evaluation set: our own columns in tests/fixtures/pullquote (each with the pull quote an
// editor chose, written before the weights were set) and the publication's real column, read
// from ../shared beside the repository. Shared by the unit tests and `npm run bench -- pullquote`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseTagged } from '../../../src/shared/format'

export const FIXTURES_DIR = resolve(__dirname, '../../fixtures/pullquote')
export const EXAMPLE_PATH = resolve(__dirname, '../../../../shared/examples/000_953181f7239c77ec.txt')

export interface EvalArticle {
  name: string
  path: string
  paragraphs: string[]
  pullQuote: string
}

export function readArticle(path: string): EvalArticle {
  const result = parseTagged(readFileSync(path))
  if (!result.ok) throw new Error(`${path}:${result.error.line}: ${result.error.message}`)
  const { paragraphs, pullQuote } = result.article
  if (!pullQuote) throw new Error(`${path}: no pull quote on line 2`)
  return { name: basename(path, '.txt'), path, paragraphs, pullQuote }
}

/** Our own columns, in file-name order. */
export function fixtureArticles(): EvalArticle[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readArticle(resolve(FIXTURES_DIR, f)))
}

export function exampleArticle(): EvalArticle | null {
  return existsSync(EXAMPLE_PATH) ? readArticle(EXAMPLE_PATH) : null
}

/** Share of ranks at or better than k (a null rank: the quote was not proposed at all). */
export function shareWithin(ranks: readonly (number | null)[], k: number): number {
  return ranks.length === 0 ? 0 : ranks.filter((r) => r !== null && r <= k).length / ranks.length
}
