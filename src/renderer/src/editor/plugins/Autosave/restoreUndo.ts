// Undoing a restored revision brings back the whole article as it was, not only its body: the
// title, author and pull quote the restore replaced come back with the body, and redoing it puts
// the revision's back. The body's history is Lexical's. Each editor state is given the number of
// the last restore it comes after (an "epoch"); when undo or redo is about to move the editor to
// a state of another epoch, the fields of the restores crossed move with it. States are told
// apart by the objects the history keeps, so its merges and copies change nothing here.
import type { HistoryState } from '@lexical/history'
import { COMMAND_PRIORITY_LOW, HISTORIC_TAG, REDO_COMMAND, UNDO_COMMAND, mergeRegister, type EditorState, type LexicalEditor } from 'lexical'
import type { MetaFields, RestoredFields } from '../../../session/session'

export const RESTORE_TAG = 'amud-restore'

interface Restore extends RestoredFields {
  /** The epoch of the state the restore was made on. */
  from: number
}

export class RestoreUndo {
  private readonly epochs = new WeakMap<EditorState, number>()
  private readonly restores = new Map<number, Restore>()
  private last = 0
  /** The fields of the restore about to be applied, for the update that applies it. */
  private pendingRestore: RestoredFields | null = null
  /** The epoch of the state undo or redo is moving to, for the update that moves there. */
  private pendingHistoric: number | null = null

  constructor(
    private readonly history: HistoryState,
    private readonly setFields: (fields: Partial<MetaFields>) => void
  ) {}

  /** Call right before the editor update (tagged RESTORE_TAG) that applies a restore. */
  restoring(fields: RestoredFields): void {
    this.pendingRestore = fields
  }

  private epochOf(state: EditorState | undefined): number {
    return (state && this.epochs.get(state)) ?? 0
  }

  /** The restores crossed walking back from epoch `start` to epoch `end`, latest first. */
  private chain(start: number, end: number): Restore[] {
    const chain: Restore[] = []
    for (let e = start; e !== end;) {
      const r = this.restores.get(e)
      if (!r) break
      chain.push(r)
      e = r.from
    }
    return chain
  }

  private move(editor: LexicalEditor, target: EditorState | undefined, redo: boolean): void {
    if (!target) return
    const to = this.epochOf(target)
    const from = this.epochOf(editor.getEditorState())
    this.pendingHistoric = to
    if (to === from) return
    // Redo walks forward: the fields are those of the restores from `to` back to `from`, the
    // latest winning; undo takes each crossed restore's earlier fields, the earliest winning.
    const fields: Partial<MetaFields> = {}
    if (redo) for (const r of this.chain(to, from).reverse()) Object.assign(fields, r.redo)
    else for (const r of this.chain(from, to)) Object.assign(fields, r.undo)
    if (Object.keys(fields).length > 0) this.setFields(fields)
  }

  /** Runs before the history's own handlers, which then move the body as usual. */
  register(editor: LexicalEditor): () => void {
    return mergeRegister(
      editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
        let epoch = this.epochOf(prevEditorState)
        if (tags.has(RESTORE_TAG) && this.pendingRestore) {
          epoch = ++this.last
          this.restores.set(epoch, { ...this.pendingRestore, from: this.epochOf(prevEditorState) })
          this.pendingRestore = null
        } else if (tags.has(HISTORIC_TAG) && this.pendingHistoric !== null) {
          epoch = this.pendingHistoric
          this.pendingHistoric = null
        }
        this.epochs.set(editorState, epoch)
      }),
      // `false`: the history's own handler still runs.
      editor.registerCommand(UNDO_COMMAND, () => (this.move(editor, this.history.undoStack.at(-1)?.editorState, false), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(REDO_COMMAND, () => (this.move(editor, this.history.redoStack.at(-1)?.editorState, true), false), COMMAND_PRIORITY_LOW)
    )
  }
}
