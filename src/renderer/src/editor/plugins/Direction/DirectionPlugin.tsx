// Every top-level block gets an explicit `dir`: the person's override when there is one,
// otherwise the direction of its first strong character, and right-to-left when it has
// none. Lexical would render `dir="auto"`, which a browser resolves to ltr for an empty
// paragraph: a new line in an Arabic column must start on the right.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $isElementNode, type LexicalEditor } from 'lexical'
import { useEffect } from 'react'
import { detectDirection } from '../../../lib/direction'
import { $getDirectionOverride } from './directionState'

export function $blockDirections(): Map<string, 'rtl' | 'ltr'> {
  const out = new Map<string, 'rtl' | 'ltr'>()
  for (const child of $getRoot().getChildren()) {
    if (!$isElementNode(child)) continue
    const override = $getDirectionOverride(child)
    out.set(child.getKey(), override === 'auto' ? detectDirection(child.getTextContent()) : override)
  }
  return out
}

export function applyBlockDirections(editor: LexicalEditor): void {
  const dirs = editor.getEditorState().read($blockDirections)
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
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      applyBlockDirections(editor)
    })
  }, [editor])
  return null
}
