// Import tagged article files from the disk, with progress and a report that names every
// file that was skipped or failed (and why: the line and column come from the library).
import { useEffect, useRef, useState } from 'react'
import type { ImportReport } from '../../../../shared/api/library'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { fileToBase64, pickFiles } from '../../lib/files'

interface Props {
  /** Bumped by the menu's Import command to open the picker. */
  request: number
  onImported: () => void
}

export function ImportButton({ request, onImported }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => amud.on('importProgress', (p) => setProgress({ done: p.done, total: p.total })), [])

  const run = async (): Promise<void> => {
    const files = await pickFiles('.txt,text/plain')
    if (files.length === 0) return
    setReport(null)
    setError(null)
    setProgress({ done: 0, total: files.length })
    try {
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: await fileToBase64(f) })))
      setReport(await amud.importFiles(payload))
      onImported()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setProgress(null)
    }
  }

  const runRef = useRef(run)
  runRef.current = run
  useEffect(() => {
    if (request > 0) void runRef.current()
  }, [request])

  const problems = report?.files.filter((f) => f.outcome !== 'imported') ?? []
  return (
    <div className="import">
      <button type="button" className="btn btn-quiet btn-block" onClick={() => void run()} disabled={progress !== null} data-testid="import">
        {t('library.import')}
      </button>
      {progress && (
        <p className="list-note" role="status">
          {t('library.importing', { done: progress.done, total: progress.total })}
        </p>
      )}
      {(report || error) && (
        <div className="import-report" role="status" data-testid="import-report">
          {error ? (
            <p className="is-error">{t('library.importError', { reason: error })}</p>
          ) : (
            report && <p>{t('library.imported', { imported: report.imported, skipped: report.skipped, failed: report.failed })}</p>
          )}
          {problems.length > 0 && (
            <ul>
              {problems.map((f) => (
                <li key={f.name} dir="auto">
                  {t('library.importFailedFile', { name: f.name, message: f.message ?? f.outcome })}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="btn btn-sm" onClick={() => (setReport(null), setError(null))}>
            {t('library.dismiss')}
          </button>
        </div>
      )}
    </div>
  )
}
