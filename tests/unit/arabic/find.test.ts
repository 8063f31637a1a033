import { describe, expect, it } from 'vitest'
import { findMatches } from '../../../src/shared/arabic/find'

const found = (text: string, query: string, options = {}): string[] => findMatches(text, query, options).map(([s, e]) => text.slice(s, e))

describe('findMatches', () => {
  it('folds hamza and alef forms, tashkeel and tatweel by default', () => {
    expect(found('قال أحمد', 'احمد')).toEqual(['أحمد'])
    expect(found('قال أَحْمَد', 'احمد')).toEqual(['أَحْمَد'])
    expect(found('قال احـمد', 'احمد')).toEqual(['احـمد'])
    expect(found('إلى المدرسة', 'الي المدرسه')).toEqual(['إلى المدرسة'])
    // And the other way: a query with tashkeel finds the bare word.
    expect(found('قال احمد', 'أَحْمَد')).toEqual(['احمد'])
  })

  it('returns original offsets, reaching over trailing tashkeel', () => {
    const text = 'يا أَحْمَدُ، تعال'
    const [[s, e]] = findMatches(text, 'احمد') as [[number, number]]
    expect(s).toBe(3)
    expect(text.slice(s, e)).toBe('أَحْمَدُ')
  })

  it('exact compares the characters as written', () => {
    expect(found('أحمد وأَحْمَد واحمد', 'احمد', { exact: true })).toEqual(['احمد'])
    expect(found('أحمد وأَحْمَد', 'أحمد', { exact: true })).toEqual(['أحمد'])
  })

  it('whole word excludes a match inside a longer word', () => {
    expect(found('أحمد والأحمدي', 'احمد', { wholeWord: true })).toEqual(['أحمد'])
    expect(found('أحمد والأحمدي', 'احمد')).toEqual(['أحمد', 'أحمد'])
    expect(found('أَحْمَدُ، الأحمدي', 'احمد', { wholeWord: true })).toEqual(['أَحْمَدُ'])
    expect(found('أحمد والأحمدي', 'احمد', { wholeWord: true, exact: true })).toEqual([])
    expect(found('احمد الاحمدي', 'احمد', { wholeWord: true, exact: true })).toEqual(['احمد'])
  })

  it('ignores Latin case unless match case is ticked', () => {
    expect(found('Gaza gaza GAZA', 'gaza')).toEqual(['Gaza', 'gaza', 'GAZA'])
    expect(found('Gaza gaza GAZA', 'gaza', { matchCase: true })).toEqual(['gaza'])
    expect(found('Gaza gaza GAZA', 'Gaza', { matchCase: true, exact: true })).toEqual(['Gaza'])
    expect(found('Gaza gaza GAZA', 'gaza', { exact: true })).toEqual(['Gaza', 'gaza', 'GAZA'])
  })

  it('finds adjacent matches and does not overlap them', () => {
    expect(findMatches('احمداحمد', 'احمد')).toEqual([
      [0, 4],
      [4, 8]
    ])
    expect(findMatches('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4]
    ])
    expect(findMatches('aaa', 'aa')).toEqual([[0, 2]])
    expect(findMatches('aaa', 'aa', { exact: true })).toEqual([[0, 2]])
  })

  it('finds nothing for an empty query or one that folds to nothing', () => {
    expect(findMatches('أحمد', '')).toEqual([])
    expect(findMatches('أحمد', '\u064E\u0640')).toEqual([])
    expect(findMatches('', 'احمد')).toEqual([])
  })
})
