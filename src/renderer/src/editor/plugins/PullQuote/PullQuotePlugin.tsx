// Feeds the pull-quote store from the editor and turns selected text into the pull quote: the
// toolbar's button (a command), Ctrl+Shift+Q, and a context menu over a selection.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical'
import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { $selectedText, isPullQuoteShortcut, USE_SELECTION_AS_PULL_QUOTE_COMMAND } from './commands'
import { SelectionMenu, type MenuPlace } from './SelectionMenu'
import { clearCandidate } from '../../body/spans/candidate'
import { bodyChangesFor } from '../../body/bodyChanges'
import { bodyStoreFor } from './usePullQuote'

interface Props {
  /** Receives the selected text; the caller makes it the pull quote. */
  onUseSelection: (text: string) => void
}

export function PullQuotePlugin({ onUseSelection }: Props): React.JSX.Element | null {
  const [editor] = useLexicalComposerContext()
  const [menu, setMenu] = useState<{ at: MenuPlace; text: string } | null>(null)
  const takeAsPullQuote = useEffectEvent(onUseSelection)

  useEffect(() => {
    const store = bodyStoreFor(editor)
    const stop = mergeRegister(
      // A caret move changes nothing to rank (it is not a body change); an edit only restarts
      // the debounce timer.
      bodyChangesFor(editor).subscribe(() => {
        clearCandidate()
        store.bodyChanged()
      }),
      editor.registerCommand(
        USE_SELECTION_AS_PULL_QUOTE_COMMAND,
        () => {
          const text = editor.getEditorState().read($selectedText)
          if (text.trim() === '') return false
          takeAsPullQuote(text)
          return true
        },
        COMMAND_PRIORITY_EDITOR
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (e) => {
          if (!isPullQuoteShortcut(e)) return false
          e.preventDefault()
          editor.dispatchCommand(USE_SELECTION_AS_PULL_QUOTE_COMMAND, undefined)
          return true
        },
        COMMAND_PRIORITY_LOW
      ),
      editor.registerRootListener((root, prev) => {
        prev?.removeEventListener('contextmenu', onContextMenu)
        root?.addEventListener('contextmenu', onContextMenu)
      })
    )
    function onContextMenu(e: MouseEvent): void {
      if (e.shiftKey) return
      // The page's selection, not Lexical's: the press that opened the menu may have changed it
      // (a right click selects a word) before Lexical has heard of it.
      const selection = window.getSelection()
      const root = editor.getRootElement()
      if (!selection || selection.isCollapsed || !root?.contains(selection.anchorNode)) return
      const text = selection.toString()
      if (text.trim() === '') return
      e.preventDefault()
      // The context-menu key reports no pointer position: open at the selection instead.
      let at = { x: e.clientX, y: e.clientY }
      if (at.x === 0 && at.y === 0) {
        const box = selection.getRangeAt(0).getBoundingClientRect()
        at = { x: document.dir === 'rtl' ? box.right : box.left, y: box.bottom }
      }
      setMenu({ at, text })
    }
    return () => {
      stop()
      editor.getRootElement()?.removeEventListener('contextmenu', onContextMenu)
      store.stop()
      clearCandidate()
    }
  }, [editor])

  const close = useCallback(() => setMenu(null), [])
  if (!menu) return null
  return (
    <SelectionMenu
      at={menu.at}
      onClose={close}
      onUse={() => {
        onUseSelection(menu.text)
        setMenu(null)
        editor.focus()
      }}
      onCopy={() => {
        void navigator.clipboard?.writeText(menu.text).catch(() => undefined)
        setMenu(null)
        editor.focus()
      }}
    />
  )
}
