// The window: the library beside the writing room. Which article is open lives in
// useOpenArticle, the sidebar's revision in useLibraryRevision, and shortcuts and menu
// commands in useAppCommands; this file lays them out.
import { useCallback, useRef, useState } from 'react'
import type { Article } from '../../shared/model/article'
import { useAppCommands } from './app/useAppCommands'
import { useDeskSync } from './app/useDeskSync'
import { useLibraryRevision } from './app/useLibraryRevision'
import { useOpenArticle } from './app/useOpenArticle'
import { AppSettings } from './components/AppSettings'
import { PanelBoundary } from './components/PanelBoundary'
import { useI18n } from './i18n'
import { DeskView } from './screens/desk/DeskView'
import { useDeskStatus } from './screens/desk/deskStore'
import { EditorScreen } from './screens/editor/EditorScreen'
import { LibraryScreen } from './screens/library/LibraryScreen'
import { useTheme } from './settings/theme'
import { useZoom } from './settings/zoom'

export function App(): React.JSX.Element {
  const { t } = useI18n()
  const [theme, setTheme] = useTheme()
  const zoom = useZoom()
  const library = useLibraryRevision()
  const article = useOpenArticle(library)
  const searchRef = useRef<HTMLInputElement>(null)
  const { session, openById } = article
  const bumpLibrary = library.bump
  useAppCommands({ current: article.current, newArticle: article.newArticle, searchRef, zoom })
  useDeskSync(article.current, bumpLibrary)
  const desk = useDeskStatus()
  const onDesk = desk !== null && desk.state !== 'unlinked'
  const [deskView, setDeskView] = useState(false)

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
        {onDesk && (
          <button
            type="button"
            className={`btn btn-sm desk-view-toggle${deskView ? ' is-pressed' : ''}`}
            aria-pressed={deskView}
            onClick={() => setDeskView((v) => !v)}
            data-testid="desk-view-toggle"
          >
            {t('desk.view.open')}
          </button>
        )}
        <PanelBoundary name="library">
          <LibraryScreen
            selectedId={session?.id ?? null}
            revision={library.revision}
            searchRef={searchRef}
            onOpen={(id) => (setDeskView(false), void openById(id))}
            onNew={article.newArticle}
            onChanged={bumpLibrary}
          />
        </PanelBoundary>
      </aside>
      <main className="workspace">
        {article.openError && (
          <p className="banner is-error" role="alert">
            {article.openError}
          </p>
        )}
        {deskView && onDesk ? (
          <PanelBoundary name="desk">
            <DeskView onOpen={(id) => (setDeskView(false), bumpLibrary(), void openById(id))} onBack={() => setDeskView(false)} />
          </PanelBoundary>
        ) : session ? (
          <EditorScreen
            key={session.id}
            session={session}
            libraryRevision={library.revision}
            onLibraryChanged={bumpLibrary}
            onOpenArticle={openCopy}
            onTrashed={article.close}
            autoFocusTitle={article.createdId === session.id}
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
