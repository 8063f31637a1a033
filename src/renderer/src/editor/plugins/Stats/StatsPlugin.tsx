// Words and characters for the status bar: of the selection when there is one, otherwise of
// the whole text, counted per changed block and published when the page is idle, so a long
// column types smoothly.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $isRangeSelection } from 'lexical'
import { useEffect } from 'react'
import { BlockCounts, countText } from './blockCounts'
import type { StatsStore, TextStats } from './statsStore'
import { whenIdle } from '../../../lib/schedule'
import { bodyChangesFor } from '../../body/bodyChanges'

export type { TextStats } from './statsStore'

export function StatsPlugin({ stats }: { stats: StatsStore }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const blocks = new BlockCounts()
    let cancel: (() => void) | null = null
    const measure = (): void => {
      cancel = null
      const state = editor.getEditorState()
      const selected = state.read(() => {
        const selection = $getSelection()
        return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : null
      })
      const next: TextStats = selected !== null ? { ...countText(selected), selection: true } : { ...blocks.total(state), selection: false }
      stats.set(next)
    }
    measure()
    const stopChanges = bodyChangesFor(editor).subscribe(({ touched }) => blocks.markTouched(touched))
    // Every update, a selection move included: the selection's counts show when there is one.
    const stop = editor.registerUpdateListener(() => {
      cancel ??= whenIdle(measure, 200)
    })
    return () => {
      stopChanges()
      stop()
      cancel?.()
    }
  }, [editor, stats])
  return null
}
