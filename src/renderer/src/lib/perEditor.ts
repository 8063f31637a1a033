// One object per Lexical editor (a store, a reader), made on first use and found from the
// editor afterwards, so plugins, panels and tests share it without passing it through props.
// Held weakly: it goes with its editor.
import type { LexicalEditor } from 'lexical'

/** The getter; any further arguments are used only by the first call, which makes it. */
export function perEditor<T, A extends unknown[] = []>(make: (editor: LexicalEditor, ...args: A) => T): (editor: LexicalEditor, ...args: A) => T {
  const made = new WeakMap<LexicalEditor, T>()
  return (editor, ...args) => {
    let value = made.get(editor)
    if (value === undefined) {
      value = make(editor, ...args)
      made.set(editor, value)
    }
    return value
  }
}
