// Which top-level blocks an editor update touched, decided once per update by one rule for every
// reader of the body (block reader, counts, painters, direction, autosave, find). Lexical marks
// dirty the nodes that changed (bold on a text node marks that text node, not always its block)
// and, on setEditorState (undo, a restored draft), only the root. The rule: each dirty node is
// mapped to its top-level block in the new state, or, when removed, in the previous state (an
// added, removed or moved block is dirty itself, and so are its neighbours, whose links changed);
// 'all' when only the root is dirty or when a dirty node cannot be mapped.
import { $getNodeByKey, type EditorState, type LexicalEditor, type NodeKey } from 'lexical'
import { perEditor } from '../../lib/perEditor'

export type Touched = Set<NodeKey> | 'all'

export interface BodyChange {
  touched: Touched
  editorState: EditorState
  prevEditorState: EditorState
  tags: ReadonlySet<string>
}

function topOf(state: EditorState, key: NodeKey): NodeKey | null {
  return state.read(() => $getNodeByKey(key)?.getTopLevelElement()?.getKey() ?? null)
}

/** The rule; null when nothing is dirty (a selection move). */
export function touchedBlocks(
  prev: EditorState,
  next: EditorState,
  dirtyElements: ReadonlyMap<NodeKey, boolean>,
  dirtyLeaves: ReadonlySet<NodeKey>
): Touched | null {
  if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return null
  const touched = new Set<NodeKey>()
  for (const key of [...dirtyLeaves, ...dirtyElements.keys()]) {
    if (key === 'root') continue
    const top = topOf(next, key) ?? topOf(prev, key)
    if (top === null) return 'all'
    touched.add(top)
  }
  // Only the root dirty: the whole state was replaced.
  return touched.size === 0 ? 'all' : touched
}

type Listener = (change: BodyChange) => void

export class BodyChanges {
  private readonly listeners = new Set<Listener>()
  /** The last state this service has seen. */
  noted: EditorState
  /**
   * The state of the last update that changed something, set before its subscribers are told:
   * a reader asked for that state by a subscriber called before its own knows it is behind.
   */
  lastChange: EditorState | null = null

  constructor(editor: LexicalEditor) {
    this.noted = editor.getEditorState()
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState, prevEditorState, tags }) => {
      this.noted = editorState
      const touched = touchedBlocks(prevEditorState, editorState, dirtyElements, dirtyLeaves)
      if (touched === null) return
      this.lastChange = editorState
      const change = { touched, editorState, prevEditorState, tags }
      for (const listener of this.listeners) listener(change)
    })
  }

  /** Called after each update that changed something; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}

/** The editor's one service, registered on first use. */
export const bodyChangesFor: (editor: LexicalEditor) => BodyChanges = perEditor((editor) => new BodyChanges(editor))
