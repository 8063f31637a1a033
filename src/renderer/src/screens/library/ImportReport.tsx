// What an import did, file by file: the counts, then every file not imported with the reason in
// the interface's language (a tagged file's with its line and position), then the warnings of
// the files that did import (what was dropped from a Word document, what was tidied in a file).
// A duplicate is named by the title of the article it duplicates, not by that article's id.
import type { DocumentFileReport, DocumentImportReport } from '../../../../shared/api/transfer'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { useAsync } from '../../lib/useAsync'
import './ImportReport.css'

/** Titles looked up for a report's duplicates (beyond this many, they are named generically). */
const MAX_TITLES = 100

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path

interface Props {
  report: DocumentImportReport | null
  error: string | null
  onDismiss: () => void
}

export function ImportReport({ report, error, onDismiss }: Props): React.JSX.Element {
  const { t } = useI18n()
  const message = (f: DocumentFileReport): string => (f.said ? t(f.said) : t(`import.outcome.${f.outcome}`))
  const problems = report?.files.filter((f) => f.outcome !== 'imported') ?? []
  const duplicateIds = [...new Set(problems.flatMap((f) => (f.outcome === 'skipped' && f.articleId ? [f.articleId] : [])))].slice(0, MAX_TITLES)
  const titles = useAsync(
    async () =>
      new Map(
        await Promise.all(
          duplicateIds.map(
            async (id) =>
              [
                id,
                await amud.getArticle(id).then(
                  (a) => a.title.trim(),
                  () => ''
                )
              ] as const
          )
        )
      ),
    `duplicates:${duplicateIds.join(',')}`
  )
  const duplicateMessage = (f: DocumentFileReport): React.ReactNode => {
    const title = titles.data?.get(f.articleId ?? '') || t('library.untitled')
    return (
      <>
        {t('import.duplicateOf')}{' '}
        <bdi dir={detectDirection(title)} className="import-duplicate-title">
          «{title}»
        </bdi>
      </>
    )
  }
  const warned = report?.files.filter((f) => f.outcome === 'imported' && f.warnings.length > 0) ?? []
  return (
    <div className="import-report" role="status" data-testid="import-report">
      {error ? (
        <p className="is-error">{t('library.importError', { reason: error })}</p>
      ) : (
        report && <p>{t('library.imported', { imported: report.imported, skipped: report.skipped, failed: report.failed })}</p>
      )}
      {problems.length > 0 && (
        <ul className="import-problems">
          {problems.map((f, i) => (
            <li
              key={`${f.name}:${i}`}
              className={f.outcome === 'failed' ? 'is-error' : ''}
              data-testid="import-problem"
              data-outcome={f.outcome}
              data-line={f.line ?? ''}
            >
              <strong dir="auto">{baseName(f.name)}</strong> <span className="import-outcome">({t(`import.outcome.${f.outcome}`)})</span>
              {f.outcome === 'skipped' && f.articleId ? (
                <span className="import-message" data-testid="import-duplicate">
                  {duplicateMessage(f)}
                </span>
              ) : (
                <span className="import-message" dir="auto">
                  {message(f)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {warned.length > 0 && (
        <details className="import-warnings">
          <summary>{t('import.warnings', { count: warned.reduce((n, f) => n + f.warnings.length, 0) })}</summary>
          <ul>
            {warned.flatMap((f) =>
              f.warnings.map((w, i) => (
                <li key={`${f.name}:${i}`} dir="auto">
                  <strong>{baseName(f.name)}</strong>
                  {w.line > 0 ? ` ${t('import.at', { line: w.line, column: w.column })}` : ''}: {t(w.said)}
                </li>
              ))
            )}
          </ul>
        </details>
      )}
      <button type="button" className="btn btn-sm" onClick={onDismiss} data-testid="dismiss-import">
        {t('library.dismiss')}
      </button>
    </div>
  )
}
