// The window: the library beside the writing room. Owns which article is open, and makes
// sure the one being left is saved first; puts shortcuts and menu commands on the command bus.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../shared/model/article'
import { amud } from './api'
import { AppSettings } from './components/AppSettings'
import { PanelBoundary } from './components/PanelBoundary'
import { useI18n } from './i18n'
import { appCommands, useCommand } from './lib/commandBus'
import { commandForKey, createCommandFilter, type Command } from './lib/commands'
import { EditorScreen } from './screens/editor/EditorScreen'
import { LibraryScreen } from './screens/library/LibraryScreen'
import { ArticleSession } from './session/session'
import { readPref, writePref } from './settings/prefs'
import { useTheme } from './settings/theme'
import { useZoom } from './settings/zoom'
import { errorText } from '../../shared/model/errors'

const isString = (v: unknown): v is string => typeof v === 'string'
const LIST_CATCH_UP_MS = 3000
// App's own commands. Import, export and find are also taken by the library's import, the open
// article's export view and its find bar, each subscribed while on screen.
const APP_COMMANDS: readonly Command[] = ['new-article', 'save-now', 'search-library', 'find', 'replace', 'zoom-in', 'zoom-out', 'zoom-reset']

export function App(): React.JSX.Element {
  const { t, language } = useI18n()
  const [theme, setTheme] = useTheme()
  const zoom = useZoom()
  const [session, setSession] = useState<ArticleSession | null>(null)
  const [openError, setOpenError] = useState<string | null>(null)
  const [libraryRevision, setLibraryRevision] = useState(0)
  const [createdId, setCreatedId] = useState<string | null>(null)
  const sessionRef = useRef<ArticleSession | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  // Opening is serialized: a second click while the first article loads waits its turn.
  const opening = useRef<Promise<void>>(Promise.resolve())

  const bumpLibrary = useCallback(() => setLibraryRevision((r) => r + 1), [])
  // A save that changed only the text moves the row's word count and time: the sidebar catches
  // up after a few seconds instead of refetching the list, authors and counts after every save.
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
        bumpLibrary()
      } else if (!soonTimer.current) {
        soonTimer.current = setTimeout(() => {
          soonTimer.current = null
          bumpLibrary()
        }, LIST_CATCH_UP_MS)
      }
    },
    [bumpLibrary]
  )
  useEffect(() => () => void (soonTimer.current && clearTimeout(soonTimer.current)), [])

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
      bumpLibrary()
      // A new article starts at its title.
      setCreatedId(a.id)
      return a.id
    })
  }, [open, bumpLibrary])

  const closeArticle = useCallback(() => {
    sessionRef.current?.dispose()
    sessionRef.current = null
    setSession(null)
    writePref('lastArticle', null)
    bumpLibrary()
  }, [bumpLibrary])

  const focusSearch = (): void => {
    searchRef.current?.focus()
    searchRef.current?.select()
  }

  useCommand(APP_COMMANDS, (cmd) => {
    switch (cmd) {
      case 'new-article':
        return newArticle()
      case 'save-now':
        return void sessionRef.current?.flush('manual')
      case 'search-library':
        return focusSearch()
      case 'find':
      case 'replace':
        // The open article's find bar answers these; with none open, the library's search.
        if (!sessionRef.current) focusSearch()
        return
      case 'zoom-in':
        return zoom.zoomIn()
      case 'zoom-out':
        return zoom.zoomOut()
      case 'zoom-reset':
        return zoom.reset()
    }
  })

  // Keyboard shortcuts and menu commands share one filter so a key seen by both fires once.
  useEffect(() => {
    const fresh = createCommandFilter()
    const onKey = (e: KeyboardEvent): void => {
      const cmd = commandForKey(e)
      if (!cmd) return
      e.preventDefault()
      if (fresh(cmd, 'keyboard')) appCommands.emit(cmd)
    }
    window.addEventListener('keydown', onKey)
    const off = amud.on('menuCommand', (cmd) => {
      if (fresh(cmd, 'menu')) appCommands.emit(cmd)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      off()
    }
  }, [])

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

  const openCopy = useCallback(
    (a: Article) => {
      bumpLibrary()
      void openById(a.id)
    },
    [bumpLibrary, openById]
  )

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="brand-row">
          <h1 className="brand">{t('app.name')}</h1>
          <AppSettings theme={theme} onTheme={setTheme} zoom={zoom} />
        </div>
        <PanelBoundary name="library">
          <LibraryScreen
            selectedId={session?.id ?? null}
            revision={libraryRevision}
            searchRef={searchRef}
            onOpen={(id) => void openById(id)}
            onNew={newArticle}
            onChanged={bumpLibrary}
          />
        </PanelBoundary>
      </aside>
      <main className="workspace">
        {openError && (
          <p className="banner is-error" role="alert">
            {openError}
          </p>
        )}
        {session ? (
          <EditorScreen
            key={session.id}
            session={session}
            libraryRevision={libraryRevision}
            onLibraryChanged={bumpLibrary}
            onOpenArticle={openCopy}
            onTrashed={closeArticle}
            autoFocusTitle={createdId === session.id}
          />
        ) : (
          <div className="empty-state">
            <p>{t('app.noArticle')}</p>
          </div>
        )}
      </main>
    </div>
  )
}
