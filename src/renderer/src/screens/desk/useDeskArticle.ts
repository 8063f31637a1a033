// One open article's place on the desk (who has it, its status) and who else has it open now.
// The window says every few seconds that it has the article open (the desk forgets a word
// not repeated within its time to live), and says it no longer does when it closes it.
import { useEffect, useState } from 'react'
import type { DeskArticleInfo } from '../../../../shared/api/desk'
import { amud } from '../../api'
import { useDeskStatus } from './deskStore'

const HEARTBEAT_MS = 5_000

export interface DeskArticleState {
  info: DeskArticleInfo | null
  others: string[]
  setInfo: (info: DeskArticleInfo) => void
}

export function useDeskArticle(articleId: string): DeskArticleState {
  const status = useDeskStatus()
  const linked = status !== null && status.state !== 'unlinked'
  const [info, setInfo] = useState<DeskArticleInfo | null>(null)
  const [others, setOthers] = useState<string[]>([])
  const revision = status?.revision ?? 0

  useEffect(() => {
    let live = true
    if (linked)
      void amud.deskArticle(articleId).then(
        (i) => live && setInfo(i),
        () => undefined
      )
    return () => {
      live = false
    }
  }, [articleId, linked, revision])

  useEffect(() => {
    if (!linked) return
    let live = true
    const beat = (): void => {
      void amud.deskPresence(articleId).then(
        (p) => live && setOthers(p.others),
        () => undefined
      )
    }
    beat()
    const timer = setInterval(beat, HEARTBEAT_MS)
    return () => {
      live = false
      clearInterval(timer)
      void amud.deskPresence(null).catch(() => undefined)
    }
  }, [articleId, linked])

  return { info: linked ? info : null, others: linked ? others : [], setInfo }
}
