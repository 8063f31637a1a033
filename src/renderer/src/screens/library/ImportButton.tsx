// Import tagged article files and Word documents: picked (the button, the menu's Import in the
// browser) or dropped anywhere on the window. Progress as the host reports it, then a report
// that names every file that was skipped or failed and why (a tagged file's line and column
// come from the library). Each file imports on its own: a bad one writes nothing.
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { DocumentImportReport } from '../../../../shared/api/transfer'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { useCommand } from '../../lib/commandBus'
import { pickFiles } from '../../lib/files'
import { readForImport } from '../../lib/importFiles'
import { ImportReport } from './ImportReport'
import { useFileDrop } from './useFileDrop'
import { errorText } from '../../../../shared/model/errors'

const ACCEPT = '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

interface Props {
  onImported: () => void
}

export function ImportButton({ onImported }: Props): React.JSX.Element {
  const { t, language } = useI18n()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [report, setReport] = useState<DocumentImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Events travel apart from the call's answer and may arrive after it, so the bar of our own
  // import follows the call, not the events. Events of an import made elsewhere (the desktop
  // menu's, run by main) show while it runs and refresh the list when it ends.
  const running = useRef(false)
  const importedElsewhere = useEffectEvent(onImported)

  useEffect(
    () =>
      amud.on('importProgress', (p) => {
        if (running.current || p.done < p.total) return setProgress({ done: p.done, total: p.total })
        setProgress(null)
        importedElsewhere()
      }),
    []
  )

  const importFiles = async (files: File[]): Promise<void> => {
    if (files.length === 0 || running.current) return
    running.current = true
    setReport(null)
    setError(null)
    setProgress({ done: 0, total: files.length })
    try {
      // Sizes are looked at before anything is read: a huge file (or a device) fails alone.
      const { payload, refused } = await readForImport(files)
      const done = payload.length > 0 ? await amud.importDocuments(payload) : { files: [], imported: 0, skipped: 0, failed: 0 }
      setReport({ ...done, files: [...refused, ...done.files], failed: done.failed + refused.length })
      onImported()
    } catch (e) {
      setError(errorText(e, language))
    } finally {
      running.current = false
      setProgress(null)
    }
  }

  const pick = async (): Promise<void> => importFiles(await pickFiles(ACCEPT))
  const dragging = useFileDrop((files) => void importFiles(files))

  // The menu's Import (in the browser; the desktop menu's runs in main) opens the picker.
  useCommand('import', () => void pick())

  return (
    <div className="import">
      <button
        type="button"
        className="btn btn-quiet btn-block"
        onClick={() => void pick()}
        disabled={progress !== null}
        title={t('import.hint')}
        data-testid="import"
      >
        {t('library.import')}
      </button>
      {progress && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('library.import')} />
          <span>{t('library.importing', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {(report || error) && <ImportReport report={report} error={error} onDismiss={() => (setReport(null), setError(null))} />}
      {dragging &&
        createPortal(
          <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
            <p>{t('import.drop')}</p>
          </div>,
          document.body
        )}
    </div>
  )
}
