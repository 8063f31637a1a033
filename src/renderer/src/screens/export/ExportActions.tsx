// The export view's actions. Copy needs text (a Word document has none to copy); saving needs a
// file (an article the format refuses has none); "mark as published" is there once, until done.
import type { ArticleStatus } from '../../../../shared/model/article'
import { useI18n } from '../../i18n'
import type { ExportFile } from './exportData'

interface Props {
  file: ExportFile | undefined
  status: ArticleStatus
  publishedAt: string | null
  onCopy: () => void
  onSave: () => void
  onPublish: () => void
  onPreview: () => void
  onClose: () => void
}

export function ExportActions({ file, status, publishedAt, onCopy, onSave, onPublish, onPreview, onClose }: Props): React.JSX.Element {
  const { t, formatDateTime } = useI18n()
  const hasFile = file !== undefined && file.kind !== 'refused'
  return (
    <div className="export-actions">
      <button type="button" className="btn btn-sm" disabled={file?.kind !== 'text'} onClick={onCopy} data-testid="export-copy">
        {t('export.copy')}
      </button>
      <button type="button" className="btn btn-sm btn-primary" disabled={!hasFile} onClick={onSave} data-testid="export-save">
        {t('export.save')}
      </button>
      {status === 'published' ? (
        <span className="export-published" data-testid="export-published">
          {t('export.published')}
          {publishedAt && <time dateTime={publishedAt}> · {formatDateTime(publishedAt)}</time>}
        </span>
      ) : (
        <button type="button" className="btn btn-sm" onClick={onPublish} data-testid="export-publish">
          {t('export.markPublished')}
        </button>
      )}
      <button type="button" className="btn btn-sm btn-quiet" onClick={onPreview} data-testid="export-preview">
        {t('export.preview')}
      </button>
      <button
        type="button"
        className="btn btn-icon btn-quiet"
        aria-label={t('export.close')}
        title={`${t('export.close')} (Esc)`}
        onClick={onClose}
        data-testid="export-close"
      >
        ×
      </button>
    </div>
  )
}
