// @vitest-environment jsdom
// Undo and redo across restored revisions carry the fields the restores replaced, however the
// history merged or copied its entries (selection moves, typing, several restores in a row).
import { createEmptyHistoryState, registerHistory } from '@lexical/history'
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  HISTORY_PUSH_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
  createEditor,
  type LexicalEditor
} from 'lexical'
import { describe, expect, it } from 'vitest'
import type { MetaFields, RestoredFields } from '../../../../../../src/renderer/src/session/session'
import { RESTORE_TAG, RestoreUndo } from '../../../../../../src/renderer/src/editor/plugins/Autosave/restoreUndo'

function setup() {
  const editor = createEditor({
    namespace: 't',
    onError: (e) => {
      throw e
    }
  })
  editor.setRootElement(document.createElement('div'))
  const history = createEmptyHistoryState()
  registerHistory(editor, history, 0)
  let fields: Partial<MetaFields> = { title: 'الأصل', authorId: 1 }
  const restores = new RestoreUndo(history, (f) => (fields = { ...fields, ...f }))
  restores.register(editor)
  const write = (text: string, tag?: string | string[]): void =>
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode(text))),
      { discrete: true, ...(tag ? { tag } : {}) }
    )
  const body = (): string => editor.read(() => $getRoot().getTextContent())
  const restore = (text: string, f: RestoredFields): void => {
    fields = { ...fields, ...f.redo }
    restores.restoring(f)
    write(text, [RESTORE_TAG, HISTORY_PUSH_TAG])
  }
  const moveCaret = (): void =>
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant()
        if (!text) return
        const s = $createRangeSelection()
        s.anchor.set(text.getKey(), 0, 'text')
        s.focus.set(text.getKey(), 0, 'text')
        $setSelection(s)
      },
      { discrete: true }
    )
  return { editor, write, body, restore, moveCaret, fields: () => fields }
}

// A key press each: the history's update is committed before the next (editor.read flushes it).
const undo = (e: LexicalEditor): void => (e.dispatchCommand(UNDO_COMMAND, undefined), e.read(() => undefined))
const redo = (e: LexicalEditor): void => (e.dispatchCommand(REDO_COMMAND, undefined), e.read(() => undefined))

describe('undo of a restored revision', () => {
  it('brings the fields back with the body, and redo takes them again, through caret moves', () => {
    const t = setup()
    t.write('أول')
    t.write('ثان', HISTORY_PUSH_TAG)
    t.restore('قديم', { undo: { title: 'الأصل', authorId: 1 }, redo: { title: '', authorId: null } })
    t.moveCaret()
    expect(t.fields()).toEqual({ title: '', authorId: null })
    undo(t.editor)
    expect(t.body()).toBe('ثان')
    expect(t.fields()).toEqual({ title: 'الأصل', authorId: 1 })
    t.moveCaret()
    redo(t.editor)
    expect(t.body()).toBe('قديم')
    expect(t.fields()).toEqual({ title: '', authorId: null })
    t.moveCaret()
    undo(t.editor)
    expect(t.fields()).toEqual({ title: 'الأصل', authorId: 1 })
  })

  it('leaves the fields alone for undo steps that do not cross a restore', () => {
    const t = setup()
    t.write('أول')
    t.restore('قديم', { undo: { title: 'الأصل' }, redo: { title: 'قديم' } })
    t.write('قديم وإضافة', HISTORY_PUSH_TAG)
    undo(t.editor)
    expect(t.body()).toBe('قديم')
    expect(t.fields().title).toBe('قديم')
    undo(t.editor)
    expect(t.body()).toBe('أول')
    expect(t.fields().title).toBe('الأصل')
  })

  it('walks back through two restores one step at a time', () => {
    const t = setup()
    t.write('أول')
    t.restore('ب', { undo: { title: 'الأصل' }, redo: { title: 'عنوان ب' } })
    t.restore('ج', { undo: { title: 'عنوان ب' }, redo: { title: 'عنوان ج' } })
    undo(t.editor)
    expect([t.body(), t.fields().title]).toEqual(['ب', 'عنوان ب'])
    undo(t.editor)
    expect([t.body(), t.fields().title]).toEqual(['أول', 'الأصل'])
    redo(t.editor)
    redo(t.editor)
    expect([t.body(), t.fields().title]).toEqual(['ج', 'عنوان ج'])
  })
})
