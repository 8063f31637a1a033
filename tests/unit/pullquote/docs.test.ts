import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEATURES } from '../../../src/shared/pullquote'

// The weight table in the docs is what editors read to understand a score: it must be the code's.
describe('docs/pull-quotes.md', () => {
  const doc = readFileSync(resolve(__dirname, '../../../docs/pull-quotes.md'), 'utf8')
  const rows = new Map([...doc.matchAll(/^\| `([a-z-]+)` \| (-?[\d.]+) \|/gm)].map((m) => [m[1]!, Number(m[2])]))

  it('lists every feature with the weight the scorer uses, and no other', () => {
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(FEATURES).map(([code, f]) => [code, f.weight])))
  })
})
