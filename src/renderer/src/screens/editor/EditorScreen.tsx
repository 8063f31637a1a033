// The writing room for one article: its details, the page (title, pull quote, body), the
// side panel slot, the status bar, and the conflict choice when a save meets a newer version.
import { useRef, useState, useSyncExternalStore } from 'react'
import { ARTICLE_STATUSES, type Article, type ArticleStatus } from '../../../../shared/model/article'
import { amud } from '../../api'
import { PanelBoundary } from '../../components/PanelBoundary'
import { ArticleEditor } from '../../editor/ArticleEditor'
import { StatsStore } from '../../editor/plugins/Stats'
import { useI18n } from '../../i18n'
import { useCommand } from '../../lib/commandBus'
import { useAsync } from '../../lib/useAsync'
import type { ArticleSession } from '../../session/session'
import { DeskArticleBar } from '../desk/DeskArticleBar'
import { ExportPanels } from '../export/ExportPanels'
import { pullQuotesOpenByDefault } from '../pullquote/openByDefault'
import { PullQuotePanel } from '../pullquote/PullQuotePanel'
import { RevisionsPanel } from '../revisions/RevisionsPanel'
import { TypographyPanel } from '../typography/TypographyPanel'
import { DictionaryPanel } from '../dictionary/DictionaryPanel'
import { setSpellingEnabled, useSpellingEnabled } from '../../editor/plugins/Spelling'
import { CommentsPanel } from '../comments/CommentsPanel'
import { DeskChangesPanel } from '../comments/DeskChangesPanel'
import { DeskConflictDialog } from '../comments/DeskConflictDialog'
import { ArticleHeader } from './ArticleHeader'
import { AuthorPicker } from './AuthorPicker'
import { ConflictDialog } from './ConflictDialog'
import { MetaTools } from './MetaTools'
import { StatusBar } from './StatusBar'
import { usePullQuoteChoice } from './usePullQuoteChoice'
import './EditorScreen.css'

type Panel = 'revisions' | 'pullquotes' | 'export' | 'preview' | 'typography' | 'dictionary' | 'comments' | 'deskChanges'

interface Props {
  session: ArticleSession
  libraryRevision: number
  onLibraryChanged: () => void
  onOpenArticle: (article: Article) => void
  onTrashed: () => void
  autoFocusTitle?: boolean
}

export function EditorScreen({ session, libraryRevision, onLibraryChanged, onOpenArticle, onTrashed, autoFocusTitle = false }: Props): React.JSX.Element {
  const { t } = useI18n()
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot)
  const [stats] = useState(() => new StatsStore())
  const [panel, setPanel] = useState<Panel | null>(() => (pullQuotesOpenByDefault(session.getSnapshot().article) ? 'pullquotes' : null))
  const pullQuoteChoice = usePullQuoteChoice(session)
  const spelling = useSpellingEnabled()
  const toggle = (p: Panel): void => setPanel((open) => (open === p ? null : p))
  // Ctrl+Shift+E and the menu's Export open (or close) the export view of the open article.
  useCommand('export', () => setPanel((open) => (open === 'export' ? null : 'export')))
  const [authorsRevision, setAuthorsRevision] = useState(0)
  const authors = useAsync(() => amud.listAuthors(), `${libraryRevision}:${authorsRevision}`)
  const screenRef = useRef<HTMLElement>(null)
  // Conflicts a desk sync left on this article, and whether their dialog is open.
  const [conflictsRevision, setConflictsRevision] = useState(0)
  const deskConflicts = useAsync(() => amud.listConflicts(session.id), `${session.id}:${snap.article.version}:${conflictsRevision}`)
  const [conflictOpen, setConflictOpen] = useState(false)
  const openConflict = conflictOpen ? deskConflicts.data?.[0] : undefined

  const focusBody = (): void => {
    screenRef.current?.querySelector<HTMLElement>('[data-testid="editor"]')?.focus()
  }

  const trash = async (): Promise<void> => {
    await session.flush()
    await amud.trashArticle(session.id)
    onTrashed()
  }

  const side =
    panel === 'revisions' ? (
      <PanelBoundary name="revisions">
        <RevisionsPanel session={session} version={snap.article.version} onClose={() => setPanel(null)} />
      </PanelBoundary>
    ) : panel === 'pullquotes' ? (
      <PanelBoundary name="pullquotes">
        <PullQuotePanel quote={snap.fields.pullQuote} choice={pullQuoteChoice} onClose={() => setPanel(null)} />
      </PanelBoundary>
    ) : panel === 'typography' ? (
      <PanelBoundary name="typography">
        <TypographyPanel onClose={() => setPanel(null)} />
      </PanelBoundary>
    ) : panel === 'dictionary' ? (
      <PanelBoundary name="dictionary">
        <DictionaryPanel articleId={session.id} onClose={() => setPanel(null)} />
      </PanelBoundary>
    ) : panel === 'comments' ? (
      <PanelBoundary name="comments">
        <CommentsPanel articleId={session.id} version={snap.article.version} onClose={() => setPanel(null)} />
      </PanelBoundary>
    ) : panel === 'deskChanges' ? (
      <PanelBoundary name="deskChanges">
        <DeskChangesPanel articleId={session.id} version={snap.article.version} onClose={() => setPanel(null)} />
      </PanelBoundary>
    ) : panel === 'export' || panel === 'preview' ? (
      <PanelBoundary name="export">
        <ExportPanels mode={panel} session={session} onMode={setPanel} />
      </PanelBoundary>
    ) : null

  return (
    <section className="editor-screen" ref={screenRef} aria-label={snap.fields.title || t('library.untitled')} data-testid="editor-screen">
      <div className="meta-bar">
        <AuthorPicker
          authors={authors.data ?? []}
          authorId={snap.fields.authorId}
          onChange={(id) => session.setField('authorId', id)}
          onAuthorsChanged={() => (setAuthorsRevision((r) => r + 1), onLibraryChanged())}
        />
        <select
          className={`field field-sm status-select status-${snap.fields.status}`}
          aria-label={t('article.status')}
          value={snap.fields.status}
          onChange={(e) => session.setField('status', e.target.value as ArticleStatus)}
          data-testid="article-status"
        >
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <MetaTools
          tools={[
            { id: 'toggle-pullquotes', label: t('article.pullQuotes'), pressed: panel === 'pullquotes', onClick: () => toggle('pullquotes') },
            {
              id: 'toggle-spelling',
              label: t('spelling.toggle'),
              title: t('spelling.toggleTitle'),
              pressed: spelling,
              onClick: () => setSpellingEnabled(!spelling)
            },
            { id: 'toggle-dictionary', label: t('dictionary.toggle'), pressed: panel === 'dictionary', onClick: () => toggle('dictionary') },
            { id: 'toggle-typography', label: t('article.typography'), pressed: panel === 'typography', onClick: () => toggle('typography') },
            { id: 'toggle-revisions', label: t('article.revisions'), pressed: panel === 'revisions', onClick: () => toggle('revisions') },
            { id: 'toggle-comments', label: t('comments.toggle'), pressed: panel === 'comments', onClick: () => toggle('comments') },
            { id: 'toggle-desk-changes', label: t('deskChanges.toggle'), pressed: panel === 'deskChanges', onClick: () => toggle('deskChanges') },
            {
              id: 'export-article',
              label: t('article.export'),
              title: `${t('article.export')} (Ctrl+Shift+E)`,
              pressed: panel === 'export' || panel === 'preview',
              onClick: () => setPanel((open) => (open === 'export' || open === 'preview' ? null : 'export'))
            },
            { id: 'trash-article', label: t('article.trash'), onClick: () => void trash() }
          ]}
        />
      </div>
      <DeskArticleBar articleId={session.id} />
      {snap.article.deletedAt && <p className="banner">{t('article.trashed')}</p>}
      {deskConflicts.data && deskConflicts.data.length > 0 && (
        <div className="banner desk-conflict-banner" role="status" data-testid="desk-conflict-banner">
          <span>{t('deskConflict.banner', { count: deskConflicts.data.length })}</span>
          <button type="button" className="btn btn-sm" onClick={() => setConflictOpen(true)} data-testid="desk-conflict-open">
            {t('deskConflict.open')}
          </button>
        </div>
      )}
      <PanelBoundary name="editor">
        <ArticleEditor
          key={`${session.id}:${snap.generation}`}
          session={session}
          document={snap.document}
          stats={stats}
          side={side}
          onUseSelection={pullQuoteChoice.choose}
          header={
            <ArticleHeader
              fields={snap.fields}
              autoFocus={autoFocusTitle}
              onTitle={(v) => session.setField('title', v)}
              onPullQuote={(v) => session.setField('pullQuote', v)}
              onEnterBody={focusBody}
              pullQuoteChoice={pullQuoteChoice}
            />
          }
        />
      </PanelBoundary>
      <StatusBar stats={stats} status={snap.status} onRetry={() => void session.flush('manual')} />
      {openConflict && (
        <DeskConflictDialog
          session={session}
          conflict={openConflict}
          onResolved={() => setConflictsRevision((r) => r + 1)}
          onLater={() => setConflictOpen(false)}
        />
      )}
      {snap.status.kind === 'conflict' && <ConflictDialog session={session} theirs={snap.status.theirs} onOpenCopy={onOpenArticle} />}
    </section>
  )
}
