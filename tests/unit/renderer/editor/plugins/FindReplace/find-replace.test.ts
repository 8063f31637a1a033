// @vitest-environment jsdom
// Replacing a match that runs across formatting: spliced text nodes, the first node's format.
import { $createLinkNode } from '@lexical/link'
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor, type LexicalNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { findMatches } from '../../../../../../src/shared/arabic/find'
import { ARTICLE_NODES } from '../../../../../../src/renderer/src/editor/nodes'
import { $paragraphMap } from '../../../../../../src/renderer/src/editor/body/paragraphMap'
import { $spliceSpan } from '../../../../../../src/renderer/src/editor/body/spans/replace'

const text = (t: string, format = 0) => $createTextNode(t).setFormat(format)

function editorWith(build: () => void): LexicalEditor {
  const editor = createEditor({
    namespace: 't',
    nodes: ARTICLE_NODES,
    onError: (e) => {
      throw e
    }
  })
  editor.update(build, { discrete: true })
  return editor
}

/** Each paragraph's text runs as [text, format]. */
function runs(editor: LexicalEditor): [string, number][][] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((p) => {
        const out: [string, number][] = []
        const visit = (n: LexicalNode): void => {
          if ($isTextNode(n)) out.push([n.getTextContent(), n.getFormat()])
          else if ($isElementNode(n)) n.getChildren().forEach(visit)
        }
        if ($isElementNode(p)) p.getChildren().forEach(visit)
        return out
      })
  )
}

function replaceAll(editor: LexicalEditor, query: string, replacement: string): void {
  editor.update(
    () => {
      $paragraphMap().forEach((p) => {
        const matches = findMatches(p.text, query)
        for (let k = matches.length - 1; k >= 0; k--) $spliceSpan(p, matches[k]![0], matches[k]![1], replacement)
      })
    },
    { discrete: true }
  )
}

describe('$spliceSpan', () => {
  it('replaces a match inside one node', () => {
    const editor = editorWith(() =>
      $getRoot()
        .clear()
        .append($createParagraphNode().append(text('قال أحمد')))
    )
    replaceAll(editor, 'احمد', 'محمد')
    expect(runs(editor)).toEqual([[['قال محمد', 0]]])
  })

  it('replaces across bold and plain, keeping the first node’s format and the rest of each node', () => {
    const editor = editorWith(() =>
      $getRoot()
        .clear()
        .append($createParagraphNode().append(text('يا أح', 0), text('مد و', 1), text('أحمد', 0)))
    )
    replaceAll(editor, 'احمد', 'محمد')
    expect(runs(editor)).toEqual([
      [
        ['يا محمد', 0],
        [' و', 1],
        ['محمد', 0]
      ]
    ])
  })

  it('removes nodes wholly inside the match, across a link too', () => {
    const editor = editorWith(() =>
      $getRoot()
        .clear()
        .append($createParagraphNode().append(text('أ', 1), text('ح', 2), $createLinkNode('https://example.com').append(text('مد')), text(' هنا')))
    )
    replaceAll(editor, 'احمد', 'علي')
    expect(runs(editor)).toEqual([
      [
        ['علي', 1],
        [' هنا', 0]
      ]
    ])
  })

  it('replaces several matches in several paragraphs, with an empty replacement too', () => {
    const editor = editorWith(() =>
      $getRoot()
        .clear()
        .append($createParagraphNode().append(text('أحمد وأَحْمَد')), $createParagraphNode().append(text('احـمد!')))
    )
    replaceAll(editor, 'احمد', '')
    expect(runs(editor)).toEqual([[[' و', 0]], [['!', 0]]])
  })
})
