// @vitest-environment jsdom
// The status bar's totals, counted per block: always equal to counting the whole text again,
// through typing, new blocks, removals, lists and whole-state changes (undo), while a keystroke
// recounts only the block it changed.
import { $createListItemNode, $createListNode } from '@lexical/list'
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { ARTICLE_NODES } from '../../../../../../src/renderer/src/editor/nodes'
import { BlockCounts, countText } from '../../../../../../src/renderer/src/editor/plugins/Stats/blockCounts'
import { bodyChangesFor } from '../../../../../../src/renderer/src/editor/body/bodyChanges'

function setup(): { editor: LexicalEditor; counts: BlockCounts; check: () => { words: number; characters: number } } {
  const editor = createEditor({
    namespace: 't',
    nodes: ARTICLE_NODES,
    onError: (e) => {
      throw e
    }
  })
  const counts = new BlockCounts()
  bodyChangesFor(editor).subscribe(({ touched }) => counts.markTouched(touched))
  const check = () => {
    const state = editor.getEditorState()
    const total = counts.total(state)
    expect(total).toEqual(countText(state.read(() => $getRoot().getTextContent())))
    return total
  }
  return { editor, counts, check }
}

const paragraph = (text: string) => $createParagraphNode().append($createTextNode(text))

describe('block counts', () => {
  it('match a full recount through edits, and a keystroke recounts one block', () => {
    const { editor, counts, check } = setup()
    editor.update(
      () => $getRoot().append(paragraph('قال الكاتب إن المدينة تتغير.'), paragraph('Second paragraph, in English.'), paragraph('وفي الختام، نكتب.')),
      { discrete: true }
    )
    expect(check().words).toBe(5 + 4 + 3)

    const before = counts.recounted
    editor.update(
      () => {
        const second = $getRoot().getChildAtIndex(1)
        const text = $isElementNode(second) ? second.getFirstChild() : null
        if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()} More`)
      },
      { discrete: true }
    )
    expect(check().words).toBe(13)
    expect(counts.recounted - before).toBe(1)

    const saved = editor.getEditorState()
    editor.update(
      () => {
        $getRoot().getChildAtIndex(0)?.remove()
        $getRoot().append(
          $createListNode('bullet').append($createListItemNode().append($createTextNode('بند أول')), $createListItemNode().append($createTextNode('بند ثان')))
        )
      },
      { discrete: true }
    )
    expect(check().words).toBe(13 - 5 + 4)

    // Undo and a restored revision replace the whole state: every block is read again.
    editor.setEditorState(saved)
    expect(check().words).toBe(13)
  })
})
