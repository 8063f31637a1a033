// What the desk's background sync changed reaches the window: the library list refreshes, and
// the open article takes the synced version when nothing in it is unsaved.
import { useEffect, useRef } from 'react'
import { amud } from '../api'
import { useDeskStatus } from '../screens/desk/deskStore'
import type { ArticleSession } from '../session/session'

export function useDeskSync(current: () => ArticleSession | null, bump: () => void): void {
  const status = useDeskStatus()
  const seen = useRef<number | null>(null)
  const revision = status?.revision ?? null
  const changed = status?.changed
  useEffect(() => {
    if (revision === null) return
    const first = seen.current === null
    if (seen.current === revision) return
    seen.current = revision
    if (first) return
    bump()
    const s = current()
    if (s && changed?.includes(s.id)) {
      void amud.getArticle(s.id).then(
        (a) => s.takeNewer(a),
        () => undefined
      )
    }
  }, [revision, changed, current, bump])
}
