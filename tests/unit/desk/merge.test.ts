// The desk's merge rule on its own (src/shared/desk/merge.ts): per field and per block.
import { describe, expect, it } from 'vitest'
import { mergeContent, mergeSequences } from '../../../src/shared/desk/merge'
import { documentFromParagraphs } from '../../../src/shared/document/index'
import type { DeskContent } from '../../../src/shared/desk/contract'

const c = (ps: string[], fields: Partial<DeskContent> = {}): DeskContent => ({
  title: 'عنوان',
  author: 'كاتبة',
  pullQuote: '',
  status: 'draft',
  blocks: documentFromParagraphs(ps).root.children,
  ...fields
})
const texts = (x: DeskContent): string[] => x.blocks.map((b) => JSON.stringify(b).match(/"text":"([^"]*)"/)?.[1] ?? '')

describe('the desk merge', () => {
  it("takes each side's change to different paragraphs", () => {
    const r = mergeContent(c(['أ', 'ب', 'ج']), c(['أ١', 'ب', 'ج']), c(['أ', 'ب', 'ج٣']))
    expect(r.conflicts).toEqual([])
    expect(texts(r.content)).toEqual(['أ١', 'ب', 'ج٣'])
  })

  it("keeps the desk's side of a paragraph both changed differently, and says so", () => {
    const r = mergeContent(c(['أ', 'ب', 'ج']), c(['أ', 'ب-الديسك', 'ج']), c(['أ', 'ب-العميل', 'ج']))
    expect(r.conflicts).toEqual(['body'])
    expect(texts(r.content)).toEqual(['أ', 'ب-الديسك', 'ج'])
  })

  it('takes the same change made on both sides once', () => {
    const r = mergeContent(c(['أ', 'ب']), c(['أ', 'ب٢']), c(['أ', 'ب٢']))
    expect(r.conflicts).toEqual([])
    expect(texts(r.content)).toEqual(['أ', 'ب٢'])
  })

  it('merges neighbouring paragraphs edited on different sides', () => {
    expect(mergeSequences(['a', 'b'], ['A', 'b'], ['a', 'B'])).toEqual({ merged: ['A', 'B'], conflict: false })
    expect(mergeSequences(['a', 'b'], ['A', 'b'], ['a2', 'B'])).toEqual({ merged: ['A', 'B'], conflict: true })
  })

  it("keeps paragraphs both sides added at the same place, the desk's first", () => {
    expect(mergeSequences(['a', 'z'], ['a', 'x', 'z'], ['a', 'y', 'z'])).toEqual({ merged: ['a', 'x', 'y', 'z'], conflict: false })
  })

  it('applies a deletion on one side and an edit elsewhere on the other', () => {
    expect(mergeSequences(['a', 'b', 'c', 'd'], ['a', 'c', 'd'], ['a', 'b', 'c', 'D'])).toEqual({ merged: ['a', 'c', 'D'], conflict: false })
  })

  it('sees a block whose keys a store reordered as the same block', () => {
    const base = c(['أ', 'ب'])
    const reordered = { ...base, blocks: base.blocks.map((b) => Object.fromEntries(Object.entries(b as object).reverse())) }
    const r = mergeContent(reordered, c(['أ١', 'ب']), c(['أ', 'ب٢']))
    expect(r.conflicts).toEqual([])
    expect(texts(r.content)).toEqual(['أ١', 'ب٢'])
  })

  it('merges title, author, pull quote and status as separate fields', () => {
    const r = mergeContent(c(['أ']), c(['أ'], { title: 'عنوان المحرر', status: 'editing' }), c(['أ'], { pullQuote: 'اقتباس', author: 'كاتبة أخرى' }))
    expect(r.conflicts).toEqual([])
    expect(r.content).toMatchObject({ title: 'عنوان المحرر', status: 'editing', pullQuote: 'اقتباس', author: 'كاتبة أخرى' })
    const both = mergeContent(c(['أ']), c(['أ'], { title: 'س' }), c(['أ'], { title: 'ص' }))
    expect(both.conflicts).toEqual(['title'])
    expect(both.content.title).toBe('س')
  })
})
