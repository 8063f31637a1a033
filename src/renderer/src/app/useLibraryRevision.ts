// The library sidebar's revision: bumped when the list may have changed. A save that changed
// only the text moves the row's word count and time, so the sidebar catches up after a few
// seconds instead of refetching the list, authors and counts after every save.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../../shared/model/article'

const LIST_CATCH_UP_MS = 3000

export interface LibraryRevision {
  revision: number
  /** The list changed: refetch now. */
  bump: () => void
  /** An article was saved: refetch now if the list shows what changed, else soon. */
  onSaved: (saved: Article, before: Article) => void
}

export function useLibraryRevision(): LibraryRevision {
  const [revision, setRevision] = useState(0)
  const bump = useCallback(() => setRevision((r) => r + 1), [])
  const soonTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const onSaved = useCallback(
    (saved: Article, before: Article) => {
      const listed =
        saved.title !== before.title ||
        saved.status !== before.status ||
        saved.author?.id !== before.author?.id ||
        saved.author?.name !== before.author?.name ||
        saved.deletedAt !== before.deletedAt
      if (listed) {
        if (soonTimer.current) clearTimeout(soonTimer.current)
        soonTimer.current = null
        bump()
      } else if (!soonTimer.current) {
        soonTimer.current = setTimeout(() => {
          soonTimer.current = null
          bump()
        }, LIST_CATCH_UP_MS)
      }
    },
    [bump]
  )
  useEffect(() => () => void (soonTimer.current && clearTimeout(soonTimer.current)), [])
  return { revision, bump, onSaved }
}
