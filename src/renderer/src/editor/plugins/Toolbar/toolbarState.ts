// What the toolbar shows for the current selection, read from the editor state.
import { $isLinkNode } from '@lexical/link'
import { $isListNode, ListNode } from '@lexical/list'
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text'
import { $getNearestNodeOfType } from '@lexical/utils'
import { $getSelection, $isElementNode, $isRangeSelection, $isRootOrShadowRoot, type ElementNode, type LexicalNode } from 'lexical'
import { $getDirectionOverride, type DirectionOverride } from '../Direction'

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number'

export interface ToolbarState {
  block: BlockType
  bold: boolean
  italic: boolean
  underline: boolean
  link: string | null
  direction: DirectionOverride
  /** Some text is selected (not just a caret). */
  selected: boolean
}

export const EMPTY_TOOLBAR: ToolbarState = { block: 'paragraph', bold: false, italic: false, underline: false, link: null, direction: 'auto', selected: false }

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((k) => a[k] === b[k])
}

export function $topLevelBlock(node: LexicalNode): ElementNode | null {
  const top = $isRootOrShadowRoot(node) ? null : node.getTopLevelElement()
  return top && $isElementNode(top) ? top : null
}

function $blockType(anchor: LexicalNode, top: ElementNode): BlockType {
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top
    return list.getListType() === 'number' ? 'number' : 'bullet'
  }
  if ($isHeadingNode(top)) return top.getTag() === 'h3' ? 'h3' : 'h2'
  if ($isQuoteNode(top)) return 'quote'
  return 'paragraph'
}

export function $readToolbarState(): ToolbarState {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return EMPTY_TOOLBAR
  const anchor = selection.anchor.getNode()
  const top = $topLevelBlock(anchor)
  const parent = anchor.getParent()
  const link = $isLinkNode(parent) ? parent : $isLinkNode(anchor) ? anchor : null
  return {
    block: top ? $blockType(anchor, top) : 'paragraph',
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: link ? link.getURL() : null,
    direction: top ? $getDirectionOverride(top) : 'auto',
    selected: !selection.isCollapsed()
  }
}
