// Typography in the editor: each issue of src/shared/arabic's checker gets a dotted underline (a
// CSS highlight), recomputed once typing pauses; the panel (screens/typography) lists and fixes them.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { followViewport } from '../Spelling'
import { SpanPainter } from '../../body/spans/SpanPainter'
import { bodyChangesFor } from '../../body/bodyChanges'
import type { ParagraphIssue } from './typographyStore'
import { typographyStoreFor } from './typographyStoreFor'
import { subscribeTypographyPrefs, typographyPrefs } from './typographyPrefs'
import './typography.css'

export const TYPOGRAPHY_HIGHLIGHT = 'amud-typography'

export function TypographyPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const store = typographyStoreFor(editor)
    const painter = new SpanPainter<ParagraphIssue>(editor, TYPOGRAPHY_HIGHLIGHT)
    const paint = (): void => {
      const { paragraphs, issues } = store.getSnapshot()
      painter.setSpans(paragraphs, issues)
    }
    const applyPrefs = (): void => {
      const { disabled, quoteStyle } = typographyPrefs()
      store.setOptions({ disabled: [...disabled], quoteStyle })
    }
    const unsubscribe = store.subscribe(paint)
    const unsubscribePrefs = subscribeTypographyPrefs(applyPrefs)
    const stopUpdates = bodyChangesFor(editor).subscribe(({ touched }) => {
      store.bodyChanged()
      painter.edited(touched)
    })
    const stopViewport = followViewport(painter.scrolled)
    applyPrefs()
    return () => {
      unsubscribe()
      unsubscribePrefs()
      stopUpdates()
      stopViewport()
      store.stop()
      painter.clear()
    }
  }, [editor])
  return null
}
