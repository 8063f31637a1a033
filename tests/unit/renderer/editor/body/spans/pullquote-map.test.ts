// @vitest-environment jsdom
// The editor's paragraphs must be the library's paragraphs: a candidate's (paragraph, start,
// end) comes from one and is shown in the other.
import { $createListItemNode, $createListNode } from '@lexical/list'
import { $createLinkNode } from '@lexical/link'
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text'
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  createEditor,
  type LexicalEditor
} from 'lexical'
import { describe, expect, it } from 'vitest'
import { paragraphsFromDocument } from '../../../../../../src/shared/document'
import type { SerializedDocument } from '../../../../../../src/shared/model/article'
import { ARTICLE_NODES } from '../../../../../../src/renderer/src/editor/nodes'
import { $paragraphMap, pointAt, spanPoints } from '../../../../../../src/renderer/src/editor/body/paragraphMap'
import { domRangeFor, selectSpan } from '../../../../../../src/renderer/src/editor/body/spans/dom'

function editorWith(build: () => void, mounted = false): LexicalEditor {
  const editor = createEditor({
    namespace: 't',
    nodes: ARTICLE_NODES,
    onError: (e) => {
      throw e
    }
  })
  if (mounted) {
    const root = document.createElement('div')
    root.contentEditable = 'true'
    document.body.append(root)
    editor.setRootElement(root)
  }
  editor.update(build, { discrete: true })
  return editor
}

const text = (t: string, format = 0) => $createTextNode(t).setFormat(format)

function richDocument(): void {
  const root = $getRoot().clear()
  root.append($createHeadingNode('h2').append(text('عنوان فرعي')))
  root.append(
    $createParagraphNode().append(
      text('جملة أولى '),
      text('غامقة', 1),
      text(' ثم '),
      $createLinkNode('https://example.com').append(text('رابط')),
      text('. وجملة ثانية؟')
    )
  )
  root.append($createParagraphNode()) // empty: no paragraph
  root.append($createParagraphNode().append(text('   '))) // blank: no paragraph
  root.append($createParagraphNode().append(text('سطر'), $createLineBreakNode(), text('وسطر'), $createTabNode(), text('بعد جدولة')))
  root.append($createQuoteNode().append(text('اقتباس داخل النص.')))
  const inner = $createListNode('bullet').append($createListItemNode().append(text('بند متداخل')))
  root.append(
    $createListNode('number').append(
      $createListItemNode().append(text('بند أول')),
      $createListItemNode().append(inner),
      $createListItemNode().append(text('بند أخير'))
    )
  )
}

describe('the body as paragraphs, read from the editor', () => {
  it('flattens blocks exactly as paragraphsFromDocument does for the saved document', () => {
    const editor = editorWith(richDocument)
    const live = editor.getEditorState().read(() => $paragraphMap())
    const saved = paragraphsFromDocument(editor.getEditorState().toJSON() as unknown as SerializedDocument)
    expect(live.map((p) => p.text)).toEqual(saved)
    expect(saved).toContain('جملة أولى غامقة ثم رابط. وجملة ثانية؟')
    expect(saved).toContain('سطر وسطر بعد جدولة')
  })

  it('keeps, for every text node, where its characters stand in the paragraph', () => {
    const editor = editorWith(richDocument)
    editor.getEditorState().read(() => {
      for (const p of $paragraphMap()) {
        for (const piece of p.pieces) {
          const node = $getNodeByKey(piece.key)!
          expect(p.text.slice(piece.start, piece.end)).toBe(node.getTextContent())
        }
      }
    })
  })

  it('maps span edges to text points, across formatting and past line breaks', () => {
    const editor = editorWith(richDocument)
    const map = editor.getEditorState().read(() => $paragraphMap())
    const p = map[1]!
    const start = p.text.indexOf('غامقة')
    expect(pointAt(p, start, 'start')).toEqual({ key: p.pieces[1]!.key, offset: 0 })
    // An end at a node's edge stays in that node, not at the start of the next.
    expect(pointAt(p, start + 'غامقة'.length, 'end')).toEqual({ key: p.pieces[1]!.key, offset: 'غامقة'.length })
    const lines = map[2]!
    expect(pointAt(lines, 3, 'start')).toEqual({ key: lines.pieces[1]!.key, offset: 0 }) // on the line break
    expect(pointAt(lines, 4, 'end')).toEqual({ key: lines.pieces[0]!.key, offset: 3 })
    // A span that no longer reads as expected is not mapped.
    expect(spanPoints(map, 1, start, start + 5, 'غامقة')).not.toBeNull()
    expect(spanPoints(map, 1, start, start + 5, 'شيء آخر')).toBeNull()
    expect(spanPoints(map, 9, 0, 1, 'x')).toBeNull()
  })
})

describe('showing a span in the mounted editor', () => {
  it('builds a DOM range over exactly the span, through bold and link elements', () => {
    const editor = editorWith(richDocument, true)
    const paragraphs = editor.getEditorState().read(() => $paragraphMap().map((p) => p.text))
    const target = 'غامقة ثم رابط. وجملة'
    const start = paragraphs[1]!.indexOf(target)
    const range = domRangeFor(editor, { paragraph: 1, start, end: start + target.length, text: target })
    expect(range?.toString()).toBe(target)
    expect(domRangeFor(editor, { paragraph: 1, start, end: start + 3, text: 'xyz' })).toBeNull()
  })

  it('selects the span in the editor', () => {
    const editor = editorWith(richDocument, true)
    const target = 'اقتباس داخل النص.'
    expect(selectSpan(editor, { paragraph: 3, start: 0, end: target.length, text: target })).toBe(true)
    expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe(target)
  })
})
