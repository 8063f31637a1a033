// Connects the editor to the article session: every content change (not a mere caret move)
// marks the document dirty, and the session reads the document only when it saves.
// A restored revision is applied as one ordinary, undoable edit instead of a remount, and its
// undo brings back the title, author and pull quote it replaced (restoreUndo.ts).
import type { HistoryState } from '@lexical/history'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $parseSerializedNode, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type SerializedLexicalNode } from 'lexical'
import { useEffect } from 'react'
import type { SerializedDocument } from '../../../../../shared/model/article'
import type { ArticleSession } from '../../../session/session'
import { sanitizeDocument } from '../../document'
import { RESTORE_TAG, RestoreUndo } from './restoreUndo'
import { bodyChangesFor } from '../../body/bodyChanges'

export { RESTORE_TAG }

export function AutosavePlugin({ session, history }: { session: ArticleSession; history: HistoryState }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const restores = new RestoreUndo(history, (fields) => session.setFields(fields))
    const detach = session.attachEditor(() => editor.getEditorState().toJSON() as unknown as SerializedDocument)
    const stopListening = bodyChangesFor(editor).subscribe(({ tags, editorState, prevEditorState }) => {
      if (tags.has(RESTORE_TAG)) return
      // history-merge marks Lexical's own housekeeping (mounting, node transforms registered on
      // mount): opening an article must not count as a change. Such an update is compared in
      // full rather than trusted, so an edit batched into it can never go unsaved.
      if (tags.has(HISTORY_MERGE_TAG) && JSON.stringify(editorState.toJSON()) === JSON.stringify(prevEditorState.toJSON())) return
      session.documentChanged()
    })
    const stopApplying = session.onApplyDocument((doc, fields) => {
      const clean = sanitizeDocument(doc)
      restores.restoring(fields)
      editor.update(
        () => {
          const root = $getRoot()
          root.clear()
          for (const child of clean.root.children) root.append($parseSerializedNode(child as unknown as SerializedLexicalNode))
        },
        // Its own undo step, whatever was typed just before it.
        { tag: [RESTORE_TAG, HISTORY_PUSH_TAG], discrete: true }
      )
    })
    const stopUndo = restores.register(editor)
    return () => {
      stopUndo()
      stopApplying()
      stopListening()
      detach()
    }
  }, [editor, session, history])
  return null
}
