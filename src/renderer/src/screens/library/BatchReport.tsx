// What a batch export did: how many files were written, which already existed (with the
// question whether to replace them), and which articles could not be written and why.
import { useState } from 'react'
import type { FolderExportItem, FolderExportReport } from '../../../../shared/api/transfer'
import { useI18n } from '../../i18n'

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path

interface Props {
  report: FolderExportReport
  /** Files that were there already and were kept. */
  existing: FolderExportItem[]
  titleOf: (id: string) => string
  onOverwrite: () => void
  onDone: () => void
}

export function BatchReport({ report, existing, titleOf, onOverwrite, onDone }: Props): React.JSX.Element {
  const { t, formatNumber } = useI18n()
  const [kept, setKept] = useState(false)
  const failed = report.items.filter((i) => i.outcome === 'failed')
  const asking = existing.length > 0 && !kept
  return (
    <div className="batch-report" data-testid="batch-report">
      <p
        className={report.failed ? 'is-error' : ''}
        role="status"
        data-testid="batch-summary"
        data-written={report.written}
        data-skipped={report.skipped}
        data-failed={report.failed}
      >
        {t('batch.summary', { written: formatNumber(report.written), skipped: formatNumber(report.skipped), failed: formatNumber(report.failed) })}
      </p>
      {report.dir && (
        <p className="batch-dir">
          {t('batch.in')} <code dir="ltr">{report.dir}</code>
        </p>
      )}
      {asking && (
        <div className="batch-ask" role="alertdialog" aria-labelledby="batch-ask-text" data-testid="batch-existing">
          <p id="batch-ask-text">{t('batch.existing', { count: formatNumber(existing.length) })}</p>
          <ul className="batch-files">
            {existing.map((i) => (
              <li key={i.articleId} dir="auto" data-testid="batch-existing-file">
                {baseName(i.file ?? i.articleId)}
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={onOverwrite} data-testid="batch-overwrite">
              {t('batch.overwrite')}
            </button>
            <button type="button" className="btn" onClick={() => setKept(true)} data-testid="batch-keep">
              {t('batch.keep')}
            </button>
          </div>
        </div>
      )}
      {failed.length > 0 && (
        <>
          <h3 className="batch-subhead">{t('batch.failedTitle')}</h3>
          <ul className="batch-files is-error" data-testid="batch-failed">
            {failed.map((i) => (
              <li key={i.articleId} dir="auto">
                <strong>{titleOf(i.articleId)}</strong>: {i.said ? t(i.said) : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {!asking && (
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" onClick={onDone} data-testid="batch-done">
            {t('batch.done')}
          </button>
        </div>
      )}
    </div>
  )
}
