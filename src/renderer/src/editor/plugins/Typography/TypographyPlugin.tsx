// Typography in the editor: each issue of src/shared/arabic's checker gets a dotted underline (a
// CSS highlight), recomputed once typing pauses; the panel (screens/typography) lists and fixes them.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { clearHighlight, paintHighlight, rangesFor } from '../Spelling/paintSpans'
import { typographyStoreFor } from './typographyStoreFor'
import { subscribeTypographyPrefs, typographyPrefs } from './typographyPrefs'
import './typography.css'

export const TYPOGRAPHY_HIGHLIGHT = 'amud-typography'

export function TypographyPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const store = typographyStoreFor(editor)
    const paint = (): void => {
      const { paragraphs, issues } = store.getSnapshot()
      paintHighlight(TYPOGRAPHY_HIGHLIGHT, rangesFor(editor, paragraphs, issues))
    }
    const applyPrefs = (): void => {
      const { disabled, quoteStyle } = typographyPrefs()
      store.setOptions({ disabled: [...disabled], quoteStyle })
    }
    const unsubscribe = store.subscribe(paint)
    const unsubscribePrefs = subscribeTypographyPrefs(applyPrefs)
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      store.bodyChanged()
    })
    applyPrefs()
    return () => {
      unsubscribe()
      unsubscribePrefs()
      stopUpdates()
      store.stop()
      clearHighlight(TYPOGRAPHY_HIGHLIGHT)
    }
  }, [editor])
  return null
}
