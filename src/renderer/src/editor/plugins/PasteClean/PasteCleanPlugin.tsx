// Takes over pastes that carry HTML from outside this editor. Copies between Lexical
// editors (application/x-lexical-editor) keep Lexical's own path: they hold only our nodes.
import { $insertGeneratedNodes } from '@lexical/clipboard'
import { $generateNodesFromDOM } from '@lexical/html'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical'
import { useEffect } from 'react'
import { cleanPastedHtml } from './cleanHtml'
import { $cleanPastedNodes } from './cleanNodes'

export function PasteCleanPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null
          if (!data) return false
          const html = data.getData('text/html')
          if (!html || data.types.includes('application/x-lexical-editor')) return false
          event.preventDefault()
          const dom = cleanPastedHtml(html)
          editor.update(
            () => {
              const selection = $getSelection()
              if (!selection) return
              const nodes = $cleanPastedNodes($generateNodesFromDOM(editor, dom))
              $insertGeneratedNodes(editor, nodes, selection)
            },
            { tag: PASTE_TAG }
          )
          return true
        },
        COMMAND_PRIORITY_HIGH
      ),
    [editor]
  )
  return null
}
