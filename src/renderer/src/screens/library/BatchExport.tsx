// Exporting the checked articles into one folder: the format, the folder (from the host's
// dialog, or typed where the host has none), a progress bar fed by the host's events, then what
// happened to each. Files already there are never replaced silently: they are named, and only
// a yes exports them again with overwrite.
import { useEffect, useId, useState } from 'react'
import { createPortal } from 'react-dom'
import type { FolderExportReport } from '../../../../shared/api/transfer'
import { EXPORT_FORMAT_TABLE, isExportFormat, type ExportFormat } from '../../../../shared/export'
import { errorText } from '../../../../shared/model/errors'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { BatchReport } from './BatchReport'
import './BatchExport.css'

/** A second run (overwrite: yes) answers for some articles again: its word replaces the first. */
export function mergeReports(first: FolderExportReport, second: FolderExportReport): FolderExportReport {
  const again = new Map(second.items.map((i) => [i.articleId, i]))
  const items = first.items.map((i) => again.get(i.articleId) ?? i)
  const count = (o: string): number => items.filter((i) => i.outcome === o).length
  return { ...first, items, written: count('written'), skipped: count('skipped'), failed: count('failed') }
}

interface Props {
  ids: string[]
  /** The folder the host's dialog gave, or the suggested one to edit. */
  initialFolder: string
  /** The host has a folder dialog ("Choose…" can open it again). */
  canChoose: boolean
  titleOf: (id: string) => string
  /** exported: something was exported; folder: where, to offer it again next time. */
  onClose: (exported: boolean, folder?: string) => void
}

export function BatchExport({ ids, initialFolder, canChoose, titleOf, onClose }: Props): React.JSX.Element {
  const { t, formatNumber, language } = useI18n()
  const folderId = useId()
  const [format, setFormat] = useState<ExportFormat>('tagged')
  const [folder, setFolder] = useState(initialFolder)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState({ done: 0, total: ids.length })
  const [report, setReport] = useState<FolderExportReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  // Shown only while running, so an event arriving after the answer changes nothing visible.
  useEffect(() => amud.on('exportProgress', (p) => setProgress(p)), [])

  const run = async (runIds: string[], overwrite: boolean): Promise<void> => {
    setRunning(true)
    setError(null)
    setProgress({ done: 0, total: runIds.length })
    try {
      const next = await amud.exportArticlesToFolder({ ids: runIds, dir: folder, format, overwrite })
      setReport((prev) => (prev && overwrite ? mergeReports(prev, next) : next))
    } catch (e) {
      setError(errorText(e, language))
    } finally {
      setRunning(false)
    }
  }

  const choose = async (): Promise<void> => {
    const chosen = await amud.chooseFolder()
    if (chosen.outcome === 'chosen') setFolder(chosen.path)
  }

  const existing = report?.items.filter((i) => i.outcome === 'skipped') ?? []
  // On the body: inside the sidebar, the backdrop would dim the page but not the sidebar itself.
  return createPortal(
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && !running && onClose(report !== null, report?.dir)}>
      <div className="dialog batch-export" role="dialog" aria-modal="true" aria-labelledby="batch-export-title" data-testid="batch-export">
        <h2 id="batch-export-title">{t('batch.title', { count: formatNumber(ids.length) })}</h2>
        {!report && (
          <form className="batch-form" onSubmit={(e) => (e.preventDefault(), void run(ids, false))}>
            <label className="batch-field">
              <span>{t('batch.format')}</span>
              <select
                className="field"
                value={format}
                onChange={(e) => isExportFormat(e.target.value) && setFormat(e.target.value)}
                disabled={running}
                data-testid="batch-format"
              >
                {EXPORT_FORMAT_TABLE.map(({ id: f, labelKey }) => (
                  <option key={f} value={f}>
                    {t(labelKey)}
                  </option>
                ))}
              </select>
            </label>
            <div className="batch-field">
              <label htmlFor={folderId}>{t('batch.folder')}</label>
              <div className="batch-folder">
                {/* Where the host has a dialog (the desktop app) it exports only into a folder chosen there. */}
                <input
                  id={folderId}
                  className="field"
                  dir="ltr"
                  value={folder}
                  onChange={(e) => setFolder(e.target.value)}
                  readOnly={canChoose}
                  disabled={running}
                  spellCheck={false}
                  data-testid="batch-folder"
                />
                {canChoose && (
                  <button type="button" className="btn" onClick={() => void choose()} disabled={running}>
                    {t('batch.choose')}
                  </button>
                )}
              </div>
              <p className="batch-hint">{t(canChoose ? 'batch.chosenHint' : 'batch.folderHint')}</p>
            </div>
            <div className="dialog-actions">
              <button type="submit" className="btn btn-primary" disabled={running || folder.trim() === ''} data-testid="batch-run">
                {t('batch.run')}
              </button>
              <button type="button" className="btn" onClick={() => onClose(false)} disabled={running}>
                {t('batch.cancel')}
              </button>
            </div>
          </form>
        )}
        {running && (
          <div className="batch-progress" role="status">
            <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('batch.progress')} data-testid="batch-progress" />
            <span>{t('batch.progressText', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}</span>
          </div>
        )}
        {error && (
          <p className="is-error" role="alert" data-testid="batch-error">
            {t('batch.error', { reason: error })}
          </p>
        )}
        {report && !running && (
          <BatchReport
            report={report}
            titleOf={titleOf}
            existing={existing}
            onOverwrite={() =>
              void run(
                existing.map((i) => i.articleId),
                true
              )
            }
            onDone={() => onClose(true, report.dir)}
          />
        )}
      </div>
    </div>,
    document.body
  )
}
