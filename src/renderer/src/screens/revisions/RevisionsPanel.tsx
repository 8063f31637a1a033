// The article's history: pick a revision to read it or see what changed since, and restore
// it. A restore is a new version on the library side and an ordinary edit in the editor,
// so Ctrl+Z takes it back.
import { useState } from 'react'
import { paragraphsFromDocument } from '../../../../shared/document'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { useAsync } from '../../lib/useAsync'
import type { ArticleSession } from '../../session/session'
import { DiffView } from './DiffView'
import { errorText } from '../../../../shared/model/errors'
import { SidePanel } from '../../components/SidePanel'
import './RevisionsPanel.css'

interface Props {
  session: ArticleSession
  /** The saved version: the list and the diff follow it. */
  version: number
  onClose: () => void
}

export function RevisionsPanel({ session, version, onClose }: Props): React.JSX.Element {
  const { t, formatDateTime, formatNumber, language } = useI18n()
  const articleId = session.id
  const [selected, setSelected] = useState<number | null>(null)
  const [mode, setMode] = useState<'diff' | 'preview'>('diff')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const list = useAsync(() => amud.listRevisions(articleId), `${articleId}:${version}`)
  const revision = useAsync(() => (selected === null ? Promise.resolve(undefined) : amud.getRevision(selected)), `rev:${selected}`)
  const diff = useAsync(
    () => (selected === null ? Promise.resolve(undefined) : amud.diffRevisions(articleId, selected, 'current')),
    `diff:${articleId}:${selected}:${version}`
  )

  const restore = async (): Promise<void> => {
    if (selected === null) return
    setBusy(true)
    setMessage(null)
    try {
      await session.restoreRevision(selected)
      setMessage(t('revisions.restored'))
    } catch (e) {
      setMessage(errorText(e, language))
    } finally {
      setBusy(false)
    }
  }

  const error = list.error ?? revision.error ?? diff.error
  return (
    <SidePanel headingId="revisions-heading" title={t('revisions.title')} testId="revisions" onClose={onClose}>
      {error && (
        <p className="list-note is-error" role="alert">
          {t('revisions.error', { reason: errorText(error, language) })}
        </p>
      )}
      {list.data && list.data.length === 0 && <p className="list-note">{t('revisions.empty')}</p>}
      <ul className="revision-list" aria-label={t('revisions.list')}>
        {list.data?.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              className="revision-item"
              aria-pressed={r.id === selected}
              onClick={() => (setSelected(r.id), setMessage(null))}
              data-testid="revision-item"
              data-revision={r.id}
            >
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              <span className="revision-meta">
                {t(`revisions.reason.${r.reason}`)} · {t('revisions.version', { version: formatNumber(r.version) })} ·{' '}
                {t('revisions.words', { count: r.wordCount })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {selected !== null && (
        <section className="revision-detail" aria-live="polite">
          <div className="segmented" role="group">
            <button type="button" className="btn btn-sm" aria-pressed={mode === 'diff'} onClick={() => setMode('diff')} data-testid="revision-show-diff">
              {t('revisions.diff')}
            </button>
            <button
              type="button"
              className="btn btn-sm"
              aria-pressed={mode === 'preview'}
              onClick={() => setMode('preview')}
              data-testid="revision-show-preview"
            >
              {t('revisions.preview')}
            </button>
          </div>
          {mode === 'diff' && diff.data && <DiffView diff={diff.data} />}
          {mode === 'preview' && revision.data && (
            <div className="revision-preview" data-testid="revision-preview" data-revision={revision.data.id}>
              <h3 dir={detectDirection(revision.data.title)}>{revision.data.title}</h3>
              {paragraphsFromDocument(revision.data.document).map((p, i) => (
                <p key={i} dir={detectDirection(p)}>
                  {p}
                </p>
              ))}
            </div>
          )}
          <button type="button" className="btn btn-primary btn-block" disabled={busy} onClick={() => void restore()} data-testid="revision-restore">
            {t('revisions.restore')}
          </button>
          {message && (
            <p className="list-note" role="status">
              {message}
            </p>
          )}
        </section>
      )}
    </SidePanel>
  )
}
