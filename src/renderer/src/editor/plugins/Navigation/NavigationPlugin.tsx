// Moving through a long column. Off-screen paragraphs are not laid out (content-visibility:
// auto, which keeps typing in a long column fast), so two things are done here rather than left
// to the browser:
//  - Ctrl+Home and Ctrl+End (with Shift, extending the selection): the browser, looking for "the
//    end" among paragraphs it has not laid out, puts the caret at the start of the last one;
//    Lexical knows where the text ends without any layout. The moved selection takes the format
//    of the text where it lands (as a click there would), or bold from where it left would
//    carry into what is typed next.
//  - After Page Up/Down and the up/down arrows, the paragraphs the caret passed are laid out for
//    real and may push it off screen: it is scrolled back into view (caretFollower.ts), on
//    conditions (the scrolling ended, the layout changed), not after a fixed number of frames.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type RangeSelection
} from 'lexical'
import { useEffect } from 'react'
import { followCaret } from './caretFollower'

const VERTICAL = new Set(['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown'])

/**
 * The selection's format and style from where it now is, as Lexical sets them when the caret is
 * placed by a click: the text node's, or an empty paragraph's remembered format; for a range,
 * the formats all its text shares.
 */
function $takeFormatOfFocus(selection: RangeSelection): void {
  const node = selection.focus.getNode()
  if (!selection.isCollapsed()) {
    let shared = -1
    for (const n of selection.getNodes()) if ($isTextNode(n) && n.getTextContentSize() > 0 && (shared &= n.getFormat()) === 0) break
    selection.format = shared === -1 ? 0 : shared
  } else if ($isTextNode(node)) {
    selection.format = node.getFormat()
    selection.style = node.getStyle()
  } else if ($isElementNode(node) && node.isEmpty()) {
    selection.format = node.getTextFormat()
    selection.style = node.getTextStyle()
  } else {
    selection.format = 0
    selection.style = ''
  }
  selection.dirty = true
}

function jumpToEdge(editor: LexicalEditor, toEnd: boolean, extend: boolean): void {
  editor.update(() => {
    const before = $getSelection()
    const anchor = $isRangeSelection(before) ? { key: before.anchor.key, offset: before.anchor.offset, type: before.anchor.type } : null
    const root = $getRoot()
    const after = toEnd ? root.selectEnd() : root.selectStart()
    if (extend && anchor) after.anchor.set(anchor.key, anchor.offset, anchor.type)
    $takeFormatOfFocus(after)
  })
}

export function NavigationPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const isVertical = (event: KeyboardEvent): boolean => VERTICAL.has(event.key)
    let follower: ReturnType<typeof followCaret> | null = null
    return mergeRegister(
      editor.registerRootListener((root) => {
        follower?.stop()
        follower = root ? followCaret(root, isVertical) : null
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? event.metaKey : event.ctrlKey
          if (mod && !event.altKey && (event.key === 'Home' || event.key === 'End')) {
            event.preventDefault()
            jumpToEdge(editor, event.key === 'End', event.shiftKey)
            return true
          }
          if (isVertical(event)) follower?.follow()
          return false
        },
        COMMAND_PRIORITY_LOW
      ),
      () => follower?.stop()
    )
  }, [editor])
  return null
}
