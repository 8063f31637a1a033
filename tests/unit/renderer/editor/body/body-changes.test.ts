// @vitest-environment jsdom
// The one rule for which top-level blocks an update touched: typing and formatting touch their
// block (formatting marks the text node dirty, not always its block), a removed node maps to its
// block through the previous state, an added or removed block is reported with its neighbours,
// and a replaced state is 'all'.
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor, type NodeKey } from 'lexical'
import { describe, expect, it } from 'vitest'
import { ARTICLE_NODES } from '../../../../../src/renderer/src/editor/nodes'
import { bodyChangesFor, type Touched } from '../../../../../src/renderer/src/editor/body/bodyChanges'

function editorWith(paragraphs: string[][]): LexicalEditor {
  const editor = createEditor({
    namespace: 't',
    nodes: ARTICLE_NODES,
    onError: (e) => {
      throw e
    }
  })
  const root = document.createElement('div')
  root.contentEditable = 'true'
  document.body.append(root)
  editor.setRootElement(root)
  editor.update(
    () => {
      const r = $getRoot().clear()
      // Runs alternate plain and bold, so Lexical keeps them as separate text nodes.
      for (const runs of paragraphs) r.append($createParagraphNode().append(...runs.map((t, i) => $createTextNode(t).setFormat(i % 2 ? 'bold' : 0))))
    },
    { discrete: true }
  )
  return editor
}

/** What the service reports for one update (null: it reported nothing). */
function touchedBy(editor: LexicalEditor, update: () => void): Touched | null {
  let seen: Touched | null = null
  const off = bodyChangesFor(editor).subscribe((c) => (seen = c.touched))
  editor.update(update, { discrete: true })
  off()
  return seen
}

const blockKey = (editor: LexicalEditor, i: number): NodeKey => editor.getEditorState().read(() => $getRoot().getChildAtIndex(i)!.getKey())

function nthText(i: number, run = 0) {
  const block = $getRoot().getChildAtIndex(i)
  if (!$isElementNode(block)) throw new Error('no block')
  const text = block.getChildAtIndex(run)
  if (!$isTextNode(text)) throw new Error('no text')
  return text
}

describe('body changes', () => {
  it('maps a keystroke to its block', () => {
    const editor = editorWith([['أول'], ['ثان'], ['ثالث']])
    expect(touchedBy(editor, () => nthText(1).spliceText(1, 0, 'س'))).toEqual(new Set([blockKey(editor, 1)]))
  })

  it('maps bold on part of a text node to its block', () => {
    const editor = editorWith([['أول'], ['كلمة أخرى هنا'], ['ثالث']])
    const touched = touchedBy(editor, () => {
      const [, middle] = nthText(1).splitText(5, 9)
      middle!.toggleFormat('bold')
    })
    expect(touched).toEqual(new Set([blockKey(editor, 1)]))
  })

  it('maps a removed text run to its block through the previous state', () => {
    const editor = editorWith([['أول'], ['نص', ' عريض'], ['ثالث']])
    expect(touchedBy(editor, () => nthText(1, 1).remove())).toEqual(new Set([blockKey(editor, 1)]))
  })

  it('reports an added or removed block with its neighbours', () => {
    const editor = editorWith([['أول'], ['ثان'], ['ثالث']])
    const [a, b, c] = [0, 1, 2].map((i) => blockKey(editor, i))
    let added = ''
    const touched = touchedBy(editor, () => {
      const p = $createParagraphNode()
      added = p.getKey()
      $getRoot().getFirstChild()!.insertAfter(p)
    })
    expect(touched).toEqual(new Set([a, added, b]))
    expect(touchedBy(editor, () => $getRoot().getLastChild()!.remove())).toEqual(new Set([b, c]))
  })

  it('is all when the whole state is replaced (undo, a restored draft)', () => {
    const editor = editorWith([['أول'], ['ثان']])
    const earlier = editor.getEditorState()
    editor.update(() => nthText(0).spliceText(0, 0, 'x'), { discrete: true })
    let seen: Touched | null = null
    const off = bodyChangesFor(editor).subscribe((c) => (seen = c.touched))
    editor.setEditorState(earlier)
    off()
    expect(seen).toBe('all')
  })

  it('reports nothing for an update that changed nothing', () => {
    const editor = editorWith([['أول']])
    expect(touchedBy(editor, () => nthText(0).select(1, 1))).toBeNull()
  })
})
