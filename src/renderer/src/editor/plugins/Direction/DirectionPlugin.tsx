// Every top-level block gets an explicit `dir`: the person's override when there is one,
// otherwise the direction of its first strong character, and right-to-left when it has
// none. Lexical would render `dir="auto"`, which a browser resolves to ltr for an empty
// paragraph: a new line in an Arabic column must start on the right.
// After a keystroke only the blocks that changed are looked at (a long column has hundreds).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical'
import { useEffect } from 'react'
import { detectDirection } from '../../../lib/direction'
import { $getDirectionOverride } from './directionState'
import { bodyChangesFor } from '../../body/bodyChanges'

/** The direction of each top-level block, or of those among `only` (keys of top-level blocks). */
export function $blockDirections(only?: ReadonlySet<NodeKey>): Map<string, 'rtl' | 'ltr'> {
  const out = new Map<string, 'rtl' | 'ltr'>()
  const root = $getRoot()
  const blocks: LexicalNode[] = only ? root.getChildren().filter((child) => only.has(child.getKey())) : root.getChildren()
  for (const child of blocks) {
    if (!$isElementNode(child)) continue
    const override = $getDirectionOverride(child)
    out.set(child.getKey(), override === 'auto' ? detectDirection(child.getTextContent()) : override)
  }
  return out
}

export function applyBlockDirections(editor: LexicalEditor, only?: ReadonlySet<NodeKey>): void {
  const dirs = editor.getEditorState().read(() => $blockDirections(only))
  for (const [key, dir] of dirs) {
    const el = editor.getElementByKey(key)
    // Lexical watches the DOM for child and text changes only, so setting an attribute is safe.
    if (el && el.getAttribute('dir') !== dir) el.setAttribute('dir', dir)
  }
}

export function DirectionPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    applyBlockDirections(editor)
    return bodyChangesFor(editor).subscribe(({ touched }) => applyBlockDirections(editor, touched === 'all' ? undefined : touched))
  }, [editor])
  return null
}
