// Which article is open. Opening is serialized (a second click while the first article loads
// waits its turn) and the article being left is saved first; the open one is saved at once
// whenever the writer may be leaving (another window, another tab, closing), and reopened on
// the next start.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../../shared/model/article'
import { errorText } from '../../../shared/model/errors'
import { amud } from '../api'
import { useI18n } from '../i18n'
import { ArticleSession } from '../session/session'
import { readPref, writePref } from '../settings/prefs'

const isString = (v: unknown): v is string => typeof v === 'string'

export interface OpenArticle {
  session: ArticleSession | null
  /** Why the last article could not be opened, in the interface language. */
  openError: string | null
  /** The article just created: it starts at its title. */
  createdId: string | null
  /** The open session as of now (for command handlers and async work). */
  current: () => ArticleSession | null
  openById: (id: string) => Promise<void>
  newArticle: () => void
  close: () => void
}

export function useOpenArticle(library: { bump: () => void; onSaved: (saved: Article, before: Article) => void }): OpenArticle {
  const { t, language } = useI18n()
  const { bump, onSaved } = library
  const [session, setSession] = useState<ArticleSession | null>(null)
  const [openError, setOpenError] = useState<string | null>(null)
  const [createdId, setCreatedId] = useState<string | null>(null)
  const sessionRef = useRef<ArticleSession | null>(null)
  const opening = useRef<Promise<void>>(Promise.resolve())

  const open = useCallback(
    (load: () => Promise<string>) => {
      const next = opening.current.then(async () => {
        const prev = sessionRef.current
        // Leaving an article saves it first; if that fails its words stay stashed for next time.
        if (prev) await prev.flush()
        try {
          const id = await load()
          if (prev?.id === id) return
          const s = await ArticleSession.open(amud, id, { onSaved })
          prev?.dispose()
          sessionRef.current = s
          setSession(s)
          setOpenError(null)
          writePref('lastArticle', id)
        } catch (e) {
          setOpenError(t('article.loadError', { reason: errorText(e, language) }))
        }
      })
      opening.current = next
      return next
    },
    [onSaved, t, language]
  )

  const openById = useCallback((id: string) => open(async () => id), [open])

  const newArticle = useCallback(() => {
    void open(async () => {
      const a = await amud.createArticle({})
      bump()
      // A new article starts at its title.
      setCreatedId(a.id)
      return a.id
    })
  }, [open, bump])

  const close = useCallback(() => {
    sessionRef.current?.dispose()
    sessionRef.current = null
    setSession(null)
    writePref('lastArticle', null)
    bump()
  }, [bump])

  const current = useCallback(() => sessionRef.current, [])

  // Save at once whenever the writer may be leaving: another window, another tab, closing.
  useEffect(() => {
    const saveNow = (): void => {
      const s = sessionRef.current
      if (!s) return
      s.stashNow()
      void s.flush()
    }
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') saveNow()
    }
    window.addEventListener('blur', saveNow)
    window.addEventListener('beforeunload', saveNow)
    window.addEventListener('pagehide', saveNow)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('blur', saveNow)
      window.removeEventListener('beforeunload', saveNow)
      window.removeEventListener('pagehide', saveNow)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [])

  // Reopen the article the writer was on.
  useEffect(() => {
    const last = readPref('lastArticle', isString)
    if (last) void open(async () => last).then(() => sessionRef.current === null && writePref('lastArticle', null))
  }, [open])

  return { session, openError, createdId, current, openById, newArticle, close }
}
