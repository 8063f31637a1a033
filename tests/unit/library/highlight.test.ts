import { describe, expect, it } from 'vitest'
import { snippetOf } from '../../../src/node/library/highlight'
import { parseSearchQuery } from '../../../src/node/library/search-query'

const shown = (s: { text: string; highlights: [number, number][] }): string[] => s.highlights.map(([a, b]) => s.text.slice(a, b))

describe('snippets from paragraphs skipped by the quick test', () => {
  const words = (prefix: string, n: number): string => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ')

  it('keeps ten words of context from earlier paragraphs before a match in a later one', () => {
    const body = [words('أ', 8), words('ب', 3), `الهدف ${words('ج', 30)}`].join('\n')
    const s = snippetOf(body, parseSearchQuery('الهدف'), true)!
    expect(s.text).toBe(`… ${words('أ', 8).split(' ').slice(1).join(' ')} ب0 ب1 ب2 الهدف ${words('ج', 19)} …`)
    expect(shown(s)).toEqual(['الهدف'])
  })

  it('starts at the text start when the earlier paragraphs hold fewer than ten words', () => {
    const body = ['— «', 'أ0 أ1', `الهدف وبعده`].join('\n')
    const s = snippetOf(body, parseSearchQuery('الهدف'), true)!
    expect(s.text).toBe('— « أ0 أ1 الهدف وبعده')
    expect(shown(s)).toEqual(['الهدف'])
  })

  it('finds a phrase running over a line break, and a match written with hamza and tashkeel', () => {
    const body = `${words('أ', 12)}\n${words('ب', 3)} ولي\nالعهد ${words('ج', 5)}`
    expect(shown(snippetOf(body, parseSearchQuery('"ولي العهد"'), true)!)).toEqual(['ولي\nالعهد'].map((x) => x.replace('\n', ' ')))
    const marked = `${words('أ', 3)}\nفي المَسْؤُولِيَّة كلها`
    expect(shown(snippetOf(marked, parseSearchQuery('المسؤولية'), true)!)).toEqual(['المَسْؤُولِيَّة'])
  })

  it('skips a false start (the word inside a longer one) and finds the real match later', () => {
    const body = [`الملكية ${words('أ', 12)}`, `${words('ب', 12)} الملك هنا`].join('\n')
    const s = snippetOf(body, parseSearchQuery('الملك'), true)!
    expect(shown(s)).toEqual(['الملك'])
    expect(s.text.startsWith('… ب2 ')).toBe(true)
  })

  it('returns null for a body without the words, and its start when a match is not required', () => {
    const body = [words('أ', 40), words('ب', 40)].join('\n')
    expect(snippetOf(body, parseSearchQuery('الهدف'), true)).toBeNull()
    const s = snippetOf(body, parseSearchQuery('الهدف'), false)!
    expect(s.text.startsWith('أ0 أ1')).toBe(true)
    expect(s.highlights).toEqual([])
  })
})
