// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { $getRoot, createEditor } from 'lexical'
import { documentFromParagraphs } from '../../../../src/shared/document'
import type { SerializedDocument } from '../../../../src/shared/model/article'
import { sanitizeDocument } from '../../../../src/renderer/src/editor/document'
import { ARTICLE_NODES } from '../../../../src/renderer/src/editor/nodes'

const load = (doc: SerializedDocument) => {
  const editor = createEditor({
    namespace: 't',
    nodes: ARTICLE_NODES,
    onError: (e) => {
      throw e
    }
  })
  return editor.parseEditorState(JSON.stringify(sanitizeDocument(doc)))
}

describe('documents loaded into the editor', () => {
  it('drops the blanket direction importers write, keeping the writer’s overrides', () => {
    const doc = documentFromParagraphs(['نص عربي', 'English text'])
    const first = doc.root.children[0]!
    first.$ = { amudDir: 'ltr' }
    const clean = sanitizeDocument(doc)
    expect(clean.root.direction).toBeNull()
    expect(clean.root.children.map((c) => c.direction)).toEqual(['ltr', null])
  })

  it('turns javascript: links into their text, and keeps http links', () => {
    const doc = {
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'link', version: 1, url: 'javascript:window.__pwned=1', children: [{ type: 'text', version: 1, text: 'خبيث', format: 0 }] },
              { type: 'link', version: 1, url: 'https://example.com', children: [{ type: 'text', version: 1, text: 'سليم', format: 0 }] }
            ]
          }
        ]
      }
    } as SerializedDocument
    const para = sanitizeDocument(doc).root.children[0]!
    expect(para.children!.map((c) => c.type)).toEqual(['text', 'link'])
    expect(para.children![0]!.text).toBe('خبيث')
  })

  it('reduces unknown node types to ones the editor knows, so any stored document loads', () => {
    const doc = {
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'code', version: 1, children: [{ type: 'code-highlight', version: 1, text: 'x = 1' }] },
          { type: 'horizontalrule', version: 1 },
          {
            type: 'table',
            version: 1,
            children: [
              {
                type: 'tablerow',
                version: 1,
                children: [
                  { type: 'tablecell', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'خلية' }] }] }
                ]
              }
            ]
          },
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'image', version: 1, src: 'x' },
              { type: 'mention', version: 1, text: '@أحمد' }
            ]
          }
        ]
      }
    } as SerializedDocument
    const state = load(doc)
    const text = state.read(() => $getRoot().getTextContent())
    expect(text).toContain('x = 1')
    expect(text).toContain('خلية')
    expect(text).toContain('@أحمد')
  })

  it('gives an empty document one paragraph to type in', () => {
    expect(sanitizeDocument({ root: { type: 'root', version: 1, children: [] } }).root.children).toHaveLength(1)
    expect(sanitizeDocument(null).root.children[0]!.type).toBe('paragraph')
  })

  it('keeps bold/italic/underline and removes inline style from text', () => {
    const doc = documentFromParagraphs(['x'])
    const t = doc.root.children[0]!.children![0]!
    t.format = 1 | 2 | 4 | 8 | 16
    t.style = 'color: red'
    const out = sanitizeDocument(doc).root.children[0]!.children![0]!
    expect(out.format).toBe(1 | 2 | 8)
    expect(out.style).toBe('')
  })
})
