import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { documentFromParagraphs, flattenedFeatures, isSerializedDocument, paragraphsFromDocument } from '../../../src/shared/document/index'
import type { SerializedDocNode, SerializedDocument } from '../../../src/shared/model/article'

const text = (t: string, format = 0): SerializedDocNode => ({ type: 'text', version: 1, text: t, format, style: '', mode: 'normal', detail: 0 })
const el = (type: string, children: SerializedDocNode[], extra: Record<string, unknown> = {}): SerializedDocNode => ({ type, version: 1, children, ...extra })
const root = (...children: SerializedDocNode[]): SerializedDocument => ({ root: { type: 'root', version: 1, children } })

describe('documentFromParagraphs', () => {
  it('builds the JSON Lexical 0.52 exports: paragraphs whose direction follows their text', () => {
    expect(documentFromParagraphs(['نص'])).toEqual({
      root: {
        children: [
          {
            children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: 'نص', type: 'text', version: 1 }],
            direction: null,
            format: '',
            indent: 0,
            type: 'paragraph',
            version: 1,
            textFormat: 0,
            textStyle: ''
          }
        ],
        direction: null,
        format: '',
        indent: 0,
        type: 'root',
        version: 1
      }
    })
  })

  it('gives an empty paragraph no children and a line break a linebreak node', () => {
    const d = documentFromParagraphs(['', 'a\nb'])
    expect(d.root.children[0]!.children).toEqual([])
    expect(d.root.children[1]!.children!.map((c) => c.type)).toEqual(['text', 'linebreak', 'text'])
  })

  it('round-trips any single-line paragraphs', () => {
    const line = fc.string({ minLength: 1 }).filter((s) => !/[\r\n\t]/.test(s) && s.trim() !== '')
    fc.assert(
      fc.property(fc.array(line), (ps) => {
        expect(paragraphsFromDocument(documentFromParagraphs(ps))).toEqual(ps)
      })
    )
  })
})

describe('paragraphsFromDocument', () => {
  it('makes every block one paragraph: headings, quotes, list items, nested lists', () => {
    const d = root(
      el('heading', [text('عنوان')], { tag: 'h2' }),
      el('paragraph', [text('أول '), el('link', [text('رابط')], { url: 'https://x' }), text(' بعده')]),
      el('quote', [text('مقتبس')]),
      el('list', [el('listitem', [text('بند ١')]), el('listitem', [text('بند ٢'), el('list', [el('listitem', [text('بند فرعي')])])])]),
      el('paragraph', [])
    )
    expect(paragraphsFromDocument(d)).toEqual(['عنوان', 'أول رابط بعده', 'مقتبس', 'بند ١', 'بند ٢', 'بند فرعي'])
  })

  it('turns line breaks and tabs into spaces and drops empty blocks', () => {
    const d = root(
      el('paragraph', [text('سطر'), { type: 'linebreak', version: 1 }, text('تال'), { type: 'tab', version: 1, text: '\t' }, text('بعد\tتبويب')]),
      el('paragraph', [text('   ')]),
      el('paragraph', [{ type: 'linebreak', version: 1 }])
    )
    expect(paragraphsFromDocument(d)).toEqual(['سطر تال بعد تبويب'])
  })

  it('ignores unknown properties and reads through unknown inline nodes', () => {
    const d = root(
      el('paragraph', [text('نص '), el('hashtag-ish', [text('#وسم')])], { amudDirection: 'ltr', direction: 'ltr', whatever: { deep: 1 } }),
      { type: 'image', version: 1, src: 'x.png' },
      el('custom-container', [el('paragraph', [text('داخل')])])
    )
    expect(paragraphsFromDocument(d)).toEqual(['نص #وسم', 'داخل'])
  })

  it('keeps the text of a paragraph as written (inner spacing included)', () => {
    expect(paragraphsFromDocument(documentFromParagraphs(['22/9/ 2014  مسافتان', ' بادئة']))).toEqual(['22/9/ 2014  مسافتان', ' بادئة'])
  })
})

describe('flattenedFeatures', () => {
  it('counts what a plain export loses', () => {
    const d = root(
      el('heading', [text('ع', 1)], { tag: 'h1' }),
      el('heading', [text('ع')], { tag: 'h2' }),
      el('paragraph', [text('غامق', 1), text('مائل', 2), text('كلاهما', 3), text('تحته خط', 8), text('مشطوب', 4)]),
      el('paragraph', [el('link', [text('رابط')]), el('autolink', [text('https://x')])]),
      el('list', [el('listitem', [text('بند')])]),
      el('quote', [text('ق')]),
      { type: 'horizontalrule', version: 1 }
    )
    expect(flattenedFeatures(d)).toEqual({ headings: 2, lists: 1, quotes: 1, bold: 3, italic: 2, underline: 1, strikethrough: 1, links: 2, other: 1 })
  })

  it('finds nothing in a plain document', () => {
    expect(flattenedFeatures(documentFromParagraphs(['أ', 'ب']))).toEqual({
      headings: 0,
      lists: 0,
      quotes: 0,
      bold: 0,
      italic: 0,
      underline: 0,
      strikethrough: 0,
      links: 0,
      other: 0
    })
  })
})

describe('isSerializedDocument', () => {
  it('accepts a root with children and nothing else', () => {
    expect(isSerializedDocument(documentFromParagraphs([]))).toBe(true)
    expect(isSerializedDocument(null)).toBe(false)
    expect(isSerializedDocument({ root: { type: 'paragraph', children: [] } })).toBe(false)
    expect(isSerializedDocument({ root: { type: 'root' } })).toBe(false)
  })
})
