// The evaluation set: our own columns in tests/fixtures/pullquote (each with the pull quote an
// editor chose, written before the weights were set) and the publication's real column, read
// from ../shared beside the repository when it is in reach (tests/support/columns.ts). Shared by
// the unit tests and `npm run bench -- pullquote`.
import { readdirSync, readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseTagged } from '../../../src/shared/format'
import { REAL_COLUMN } from '../../support/columns'
import { t } from '../../../src/shared/messages/catalog'

export const FIXTURES_DIR = resolve(__dirname, '../../fixtures/pullquote')

export interface EvalArticle {
  name: string
  path: string
  paragraphs: string[]
  pullQuote: string
}

export function readArticle(path: string): EvalArticle {
  const result = parseTagged(readFileSync(path))
  if (!result.ok) throw new Error(`${path}:${result.error.line}: ${t(result.error.said, 'en')}`)
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

/** The publication's real column, or null when the shared folder is out of reach. */
export function exampleArticle(): EvalArticle | null {
  return REAL_COLUMN.path ? readArticle(REAL_COLUMN.path) : null
}

/** Share of ranks at or better than k (a null rank: the quote was not proposed at all). */
export function shareWithin(ranks: readonly (number | null)[], k: number): number {
  return ranks.length === 0 ? 0 : ranks.filter((r) => r !== null && r <= k).length / ranks.length
}
