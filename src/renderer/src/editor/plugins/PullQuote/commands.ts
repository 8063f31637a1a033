// "Use the selection as the pull quote", reachable from the toolbar, the editor's context menu
// and Ctrl+Shift+Q: one Lexical command, handled by PullQuotePlugin.
import { $getSelection, $isRangeSelection, createCommand, type LexicalCommand } from 'lexical'

export const USE_SELECTION_AS_PULL_QUOTE_COMMAND: LexicalCommand<void> = createCommand('USE_SELECTION_AS_PULL_QUOTE_COMMAND')

export const PULL_QUOTE_SHORTCUT = 'Ctrl+Shift+Q'

/** Ctrl+Shift+Q (Cmd on macOS). By physical key: under an Arabic layout e.key is "ض". */
export function isPullQuoteShortcut(e: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return e.code === 'KeyQ' && (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey
}

/** The selected text of the body, or '' when nothing is selected. Inside a read or update. */
export function $selectedText(): string {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return ''
  return selection.getTextContent()
}
