// File › Import: the native open dialog, the files read here in main, then the same
// importFiles call the renderer would make, with progress sent to the page as it goes.
import { dialog, type BrowserWindow } from 'electron'
import type { ImportFile, ImportReport, LibraryService } from '../shared/api/library'
import type { DocumentImportReport } from '../shared/api/transfer'
import type { MenuLanguage } from '../node/app-menu'
import { importTexts, summarizeImport } from '../node/import-summary'
import { dispatch } from '../node/service-dispatch'
import { readImportFile } from '../node/transfer/read-file'
import { msg } from '../shared/messages/catalog'

export async function importWithDialog(win: BrowserWindow, service: LibraryService, language: MenuLanguage): Promise<void> {
  const t = importTexts(language)
  const chosen = await dialog.showOpenDialog(win, {
    title: t.dialogTitle,
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: t.filterName, extensions: ['txt', 'docx'] }]
  })
  if (chosen.canceled || chosen.filePaths.length === 0) return

  const files: ImportFile[] = []
  const unreadable: ImportReport['files'] = []
  for (const path of chosen.filePaths) {
    // Looked at before it is read: a pipe, a device or a huge file fails alone (read-file.ts).
    const read = await readImportFile(path)
    if (read.ok) files.push({ name: path, base64: read.bytes.toString('base64') })
    else unreadable.push({ name: path, outcome: 'failed', said: msg('file.read-failed', { why: read.reason }), warnings: [] })
  }
  // importDocuments, not importFiles: the dialog offers Word documents as well as tagged files.
  const reply = await dispatch(service, 'importDocuments', [files], {
    onImportProgress: (progress) => {
      if (!win.isDestroyed()) win.webContents.send('amud-event:importProgress', progress)
    }
  })
  if (win.isDestroyed()) return
  if (!reply.ok) {
    await dialog.showMessageBox(win, { type: 'error', title: t.title, message: reply.error.message })
    return
  }
  const documents = reply.value as DocumentImportReport
  const report: ImportReport = documents
  const summary = summarizeImport({ ...report, files: [...unreadable, ...report.files], failed: report.failed + unreadable.length }, language)
  await dialog.showMessageBox(win, {
    type: summary.failed ? 'warning' : 'info',
    title: summary.title,
    message: summary.message,
    detail: summary.detail
  })
}
