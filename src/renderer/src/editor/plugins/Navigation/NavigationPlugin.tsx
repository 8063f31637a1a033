// Moving through a long column. Off-screen paragraphs are not laid out (content-visibility:
// auto, which keeps typing in a long column fast), so two things are done here rather than left
// to the browser:
//  - Ctrl+Home and Ctrl+End (with Shift, extending the selection): the browser, looking for "the
//    end" among paragraphs it has not laid out, puts the caret at the start of the last one;
//    Lexical knows where the text ends without any layout. The moved selection takes the format
//    of the text where it lands (as a click there would), or bold from where it left would
//    carry into what is typed next.
//  - After Page Up/Down and the up/down arrows, the paragraphs the caret passed are laid out for
//    real and may push it off screen: it is scrolled back into view.
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

function keepCaretInView(editor: LexicalEditor): void {
  const root = editor.getRootElement()
  const selection = root?.ownerDocument.getSelection()
  const focus = selection?.focusNode
  if (!root || !focus || !root.contains(focus)) return
  const element = focus.nodeType === Node.ELEMENT_NODE ? (focus as Element) : focus.parentElement
  const scroller = root.closest('.page-scroll') ?? root.ownerDocument.documentElement
  if (!element) return
  const box = element.getBoundingClientRect()
  const view = scroller.getBoundingClientRect()
  if (box.bottom < view.top || box.top > view.bottom) element.scrollIntoView({ block: 'nearest' })
}

export function NavigationPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let frame = 0
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? event.metaKey : event.ctrlKey
          if (mod && !event.altKey && (event.key === 'Home' || event.key === 'End')) {
            event.preventDefault()
            jumpToEdge(editor, event.key === 'End', event.shiftKey)
            return true
          }
          if (VERTICAL.has(event.key)) {
            // Two frames: the browser moves the caret, then lays out what it moved through.
            cancelAnimationFrame(frame)
            frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => keepCaretInView(editor))))
          }
          return false
        },
        COMMAND_PRIORITY_LOW
      ),
      () => cancelAnimationFrame(frame)
    )
  }, [editor])
  return null
}
