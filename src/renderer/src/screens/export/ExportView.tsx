// The export view (Ctrl+Shift+E): the file exactly as it will be written, beside the checklist,
// with copy, save and "mark as published". It covers the page but lives inside the editor, so a
// fix is an edit in the editor (undoable) and a jump selects the place in the text.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useState, useSyncExternalStore } from 'react'
import { paragraphsFromDocument } from '../../../../shared/document'
import { errorText } from '../../../../shared/model/errors'
import { checklistCounts, EXPORT_FORMAT_TABLE, type ChecklistFix, type ExportFormat, type Jump } from '../../../../shared/export'
import { selectSpan } from '../../editor/body/spans/dom'
import { useI18n } from '../../i18n'
import { saveExport } from '../../lib/saveExport'
import { useAsync } from '../../lib/useAsync'
import { useEscapeToClose } from '../../lib/useEscapeToClose'
import type { ArticleSession } from '../../session/session'
import { Checklist } from './Checklist'
import { fixAllTypographyInEditor, joinLineBreaksInEditor } from './editorFixes'
import { loadExport } from './exportData'
import { ExportActions } from './ExportActions'
import { ExportText } from './ExportText'
import './ExportView.css'

type Outgoing = 'copy' | 'save' | 'publish'

interface Props {
  session: ArticleSession
  onClose: () => void
  onPreview: () => void
  /** The checklist's "suggest a pull quote": the pull-quote panel. */
  onSuggestPullQuote: () => void
  /** Moves focus to a control of the editor screen (the author picker, its picture editor). */
  onFocusControl: (testId: 'article-author' | 'author-picture-edit') => void
}

export function ExportView({ session, onClose, onPreview, onSuggestPullQuote, onFocusControl }: Props): React.JSX.Element {
  const { t, formatNumber, language } = useI18n()
  const [editor] = useLexicalComposerContext()
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot)
  const [format, setFormat] = useState<ExportFormat>('tagged')
  const [reload, setReload] = useState(0)
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null)
  const [asking, setAsking] = useState<Outgoing | null>(null)
  const data = useAsync(() => loadExport(session, format), `${session.id}:${snap.article.version}:${format}:${reload}`)

  useEscapeToClose(onClose)

  const article = data.data?.article
  const file = data.data?.file

  const jump = (span: Jump): void => {
    const text = article ? (paragraphsFromDocument(article.document)[span.paragraph] ?? '').slice(span.start, span.end) : ''
    onClose()
    // After the view is gone, so the selection lands in a visible editor and scrolls into view.
    requestAnimationFrame(() => selectSpan(editor, { ...span, text }))
  }

  const fix = async (f: ChecklistFix): Promise<void> => {
    switch (f.kind) {
      case 'choose-author':
      case 'edit-author':
        onClose()
        return onFocusControl('article-author')
      case 'set-author-picture':
        onClose()
        return onFocusControl('author-picture-edit')
      case 'suggest-pull-quote':
        return onSuggestPullQuote()
      case 'join-line-breaks':
      case 'fix-all-typography':
        setBusy(true)
        try {
          if (f.kind === 'join-line-breaks') joinLineBreaksInEditor(editor)
          else fixAllTypographyInEditor(editor)
          await session.flush('manual')
          setNote({ text: t('export.fixed') })
        } finally {
          setBusy(false)
        }
    }
  }

  const copy = async (): Promise<void> => {
    if (file?.kind !== 'text') return
    try {
      await navigator.clipboard.writeText(file.text)
      setNote({ text: t('export.copied') })
    } catch (e) {
      setNote({ text: t('export.copyFailed', { reason: errorText(e, language) }), error: true })
    }
  }

  const save = async (): Promise<void> => {
    if (!file || file.kind === 'refused') return
    try {
      const outcome = await saveExport(file.fileName, file.base64, file.mimeType)
      if (outcome.kind === 'saved') setNote({ text: t('export.savedTo', { path: outcome.path }) })
      else if (outcome.kind === 'downloaded') setNote({ text: t('export.downloaded', { name: file.fileName }) })
    } catch (e) {
      setNote({ text: t('export.saveFailed', { reason: errorText(e, language) }), error: true })
    }
  }

  const publish = async (): Promise<void> => {
    session.setField('status', 'published')
    const saved = await session.flush('manual')
    setNote(saved ? { text: t('export.publishedNow') } : { text: t('export.publishFailed'), error: true })
    setReload((n) => n + 1)
  }

  // A checklist error the file format does not refuse (a [/author] in the text, a TK left in)
  // still puts something wrong in the paper: sending the article out asks first.
  const errors = data.data ? checklistCounts(data.data.checklist).errors : 0
  const actions: Record<Outgoing, () => Promise<void>> = { copy, save, publish }
  const outgoing = (action: Outgoing) => (): void => {
    if (errors > 0 && asking !== action) return setAsking(action)
    setAsking(null)
    void actions[action]()
  }

  return (
    <section className="export-view" aria-labelledby="export-heading" data-testid="export-view">
      <header className="export-head">
        <h2 id="export-heading">{t('export.title')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('export.format')}>
          {EXPORT_FORMAT_TABLE.map(({ id: f, labelKey }) => (
            <button
              key={f}
              type="button"
              role="radio"
              className="btn btn-sm"
              aria-checked={format === f}
              onClick={() => (setFormat(f), setNote(null), setAsking(null))}
              data-testid={`export-format-${f}`}
            >
              {t(labelKey)}
            </button>
          ))}
        </div>
        <ExportActions
          file={file}
          status={snap.fields.status}
          publishedAt={article?.publishedAt ?? null}
          onCopy={outgoing('copy')}
          onSave={outgoing('save')}
          onPublish={outgoing('publish')}
          onPreview={onPreview}
          onClose={onClose}
        />
      </header>
      {asking && (
        <div className="export-confirm" role="alertdialog" aria-labelledby="export-confirm-text" data-testid="export-confirm">
          <p id="export-confirm-text">{t('export.confirm', { count: formatNumber(errors) })}</p>
          <button type="button" className="btn btn-sm" onClick={outgoing(asking)} data-testid="export-anyway">
            {t(`export.anyway.${asking}`)}
          </button>
          <button type="button" className="btn btn-sm btn-quiet" onClick={() => setAsking(null)}>
            {t('batch.cancel')}
          </button>
        </div>
      )}
      {note && (
        <p className={`export-note${note.error ? ' is-error' : ''}`} role="status" data-testid="export-note">
          {note.text}
        </p>
      )}
      {snap.status.kind === 'error' || snap.status.kind === 'conflict' ? <p className="export-note is-error">{t('export.unsaved')}</p> : null}
      <div className="export-body" aria-busy={data.loading}>
        <div className="export-file">
          {file && file.kind !== 'refused' && (
            <p className="export-file-name" dir="auto" data-testid="export-file-name">
              {file.fileName}
            </p>
          )}
          {data.error && <p className="is-error">{t('export.loadError', { reason: errorText(data.error, language) })}</p>}
          {file?.kind === 'refused' && (
            <p className="export-refused is-error" role="alert" data-testid="export-refused">
              {t('export.refused', { reason: errorText(file, language) })}
            </p>
          )}
          {file?.kind === 'text' && <ExportText text={file.text} rtl={format === 'tagged'} />}
          {file?.kind === 'binary' && (
            <p className="export-binary" data-testid="export-binary">
              {t('export.binary', { size: formatNumber(Math.max(1, Math.round(file.bytes / 1024))) })}
            </p>
          )}
        </div>
        {data.data && <Checklist items={data.data.checklist} busy={busy} onFix={(f) => void fix(f)} onJump={jump} />}
      </div>
    </section>
  )
}
