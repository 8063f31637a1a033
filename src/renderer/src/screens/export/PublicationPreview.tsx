// The article as the newspaper sets it, read back from the very file the export writes: the
// author's picture and name, the pull quote, the separator, the paragraphs. Printing (to paper
// or to PDF through Chromium's print) shows this and nothing else: a copy of it waits outside
// the app's root, which the print stylesheet shows alone.
import { useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { parseTagged, type TaggedArticle } from '../../../../shared/format'
import type { Author } from '../../../../shared/model/article'
import { Avatar } from '../../components/Avatar'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { useAsync } from '../../lib/useAsync'
import { useEscapeToClose } from '../../lib/useEscapeToClose'
import type { ArticleSession } from '../../session/session'
import { loadExport } from './exportData'
import { errorText } from '../../../../shared/model/errors'
import './PublicationPreview.css'

/** `author` is the library's author of the article: their kept picture is shown for the file's picture address. */
function Sheet({ article, author, forPrint = false }: { article: TaggedArticle; author: Author | null; forPrint?: boolean }): React.JSX.Element {
  const { t } = useI18n()
  const id = (name: string): string | undefined => (forPrint ? undefined : name)
  return (
    <article className="publication" dir="rtl" lang="ar" data-testid={id('publication')}>
      <header className="pub-author">
        <Avatar
          name={article.authorName}
          author={author?.pictureUrl === article.authorPictureUrl ? author : null}
          size="lg"
          label={t('preview.picture', { name: article.authorName })}
        />
        <span className="pub-author-name" dir="auto" data-testid={id('preview-author')}>
          {article.authorName}
        </span>
      </header>
      {article.pullQuote && (
        <blockquote className="pub-quote" dir={detectDirection(article.pullQuote)} data-testid={id('preview-quote')}>
          <p>{article.pullQuote}</p>
        </blockquote>
      )}
      <div className="pub-separator" role="separator" aria-hidden="true" />
      <div className="pub-body" data-testid={id('preview-body')}>
        {article.paragraphs.map((p, i) => (
          <p key={i} dir={detectDirection(p)}>
            {p}
          </p>
        ))}
      </div>
    </article>
  )
}

interface Props {
  session: ArticleSession
  onBack: () => void
  onClose: () => void
}

export function PublicationPreview({ session, onBack, onClose }: Props): React.JSX.Element {
  const { t, language } = useI18n()
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot)
  const data = useAsync(async () => {
    const { file } = await loadExport(session, 'tagged')
    if (file.kind !== 'text') return { refused: file.kind === 'refused' ? file : { message: '' } }
    const parsed = parseTagged(new TextEncoder().encode(file.text))
    return parsed.ok ? { article: parsed.article } : { refused: parsed.error }
  }, `${session.id}:${snap.article.version}`)

  useEscapeToClose(onClose)

  const article = data.data?.article
  return (
    <section className="export-view preview-view" aria-labelledby="preview-heading" data-testid="preview">
      <header className="export-head">
        <h2 id="preview-heading">{t('preview.title')}</h2>
        <div className="export-actions">
          <button type="button" className="btn btn-sm btn-primary" disabled={!article} onClick={() => window.print()} data-testid="preview-print">
            {t('preview.print')}
          </button>
          <button type="button" className="btn btn-sm" onClick={onBack} data-testid="preview-back">
            {t('preview.back')}
          </button>
          <button type="button" className="btn btn-icon btn-quiet" aria-label={t('export.close')} title={`${t('export.close')} (Esc)`} onClick={onClose}>
            ×
          </button>
        </div>
      </header>
      <div className="preview-scroll" aria-busy={data.loading}>
        {data.error && <p className="is-error">{t('export.loadError', { reason: errorText(data.error, language) })}</p>}
        {data.data?.refused !== undefined && (
          <p className="export-refused is-error" role="alert">
            {t('export.refused', { reason: errorText(data.data.refused, language) })}
          </p>
        )}
        {article && <Sheet article={article} author={snap.article.author} />}
      </div>
      {article && createPortal(<div className="print-root">{<Sheet article={article} author={snap.article.author} forPrint />}</div>, document.body)}
    </section>
  )
}
