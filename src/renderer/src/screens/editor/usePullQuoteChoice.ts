// Setting the pull quote from a candidate or the selection, with an undo: shared by the side
// panel (its undo button), the field (Ctrl+Z) and the editor (selection → pull quote).
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react'
import { QuoteHistory } from '../../lib/quoteHistory'
import type { ArticleSession } from '../../session/session'

export interface PullQuoteChoice {
  /** Sets the pull quote as one undoable step; the text is made one line. */
  choose: (text: string) => void
  /** Back to the pull quote before the last choice; false when there is nothing to undo. */
  undo: () => boolean
  canUndo: boolean
  /** The text of the last choice, while it is still the pull quote. */
  chosen: string | null
}

/** A quote is one line of the tagged file: runs of white space (line breaks too) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function usePullQuoteChoice(session: ArticleSession): PullQuoteChoice {
  const [history] = useState(() => new QuoteHistory())
  // The history is not React state: re-render when it changes.
  const [, setTick] = useState(0)
  const current = useSyncExternalStore(session.subscribe, () => session.getSnapshot().fields.pullQuote)

  const choose = useCallback(
    (text: string) => {
      const next = oneLine(text)
      if (next === '') return
      const before = session.getSnapshot().fields.pullQuote
      history.record(before, next)
      session.setField('pullQuote', next)
      setTick((n) => n + 1)
    },
    [history, session]
  )

  const undo = useCallback(() => {
    const back = history.undo(session.getSnapshot().fields.pullQuote)
    setTick((n) => n + 1)
    if (back === null) return false
    session.setField('pullQuote', back)
    return true
  }, [history, session])

  const canUndo = history.canUndo(current)
  return useMemo(() => ({ choose, undo, canUndo, chosen: canUndo ? current : null }), [choose, undo, canUndo, current])
}
