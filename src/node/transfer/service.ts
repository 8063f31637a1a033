// The transfer service over a library: folder exports, one article in another format, and the
// import of tagged and Word files. service-dispatch.ts makes one per call, handing it the
// host's progress sinks, so a call's events go to the window that made it.
import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import type { ImportProgress, LibraryService } from '../../shared/api/library'
import type { ExportProgress, RenderedFile, TransferService } from '../../shared/api/transfer'
import { exportFormat } from '../../shared/export/index'
import { notFullPath } from '../../shared/api/refusals'
import { AmudError } from '../../shared/model/errors'
// Static, not on demand as the command line loads it: the hosts run these sources through tsx,
// whose import() from a module it compiled bypasses its own resolver and fails on the
// extensionless path; the hosts start once, so the load time is no concern here.
import { toDocx } from '../export/docx'
import { exportToFolder, renderForExport } from './export-folder'
import { importDocuments } from './import-documents'

export interface TransferHooks {
  onImportProgress?: (progress: ImportProgress) => void
  onExportProgress?: (progress: ExportProgress) => void
  /** The clock that times import groups (tests); performance.now by default. */
  clock?: () => number
  /** What ~ stands for; the user's home folder unless a test says otherwise. */
  home?: string
}

/** "~/x" → home/x; anything else must already be absolute (the contract refuses the rest too). */
export function resolveFolder(dir: string, home: string = homedir()): string {
  const trimmed = dir.trim()
  const expanded = trimmed === '~' ? home : /^~[\\/]/.test(trimmed) ? join(home, trimmed.slice(2)) : trimmed
  if (!isAbsolute(expanded)) throw AmudError.saying('invalid', notFullPath(trimmed))
  return resolve(expanded)
}

export function suggestedExportFolder(home: string = homedir()): string {
  return join(home, 'Documents', 'Amud')
}

export function createTransferService(library: LibraryService, hooks: TransferHooks = {}): TransferService {
  const home = hooks.home ?? homedir()
  return {
    async exportArticlesToFolder({ ids, dir, format = 'tagged', overwrite = false }) {
      const folder = resolveFolder(dir, home)
      const report = await exportToFolder(library, ids, folder, {
        format,
        overwrite,
        toDocx,
        onProgress: (done, total) => hooks.onExportProgress?.({ done, total })
      })
      return { ...report, dir: folder }
    },

    async renderArticle(id, format): Promise<RenderedFile> {
      const rendered = await renderForExport(library, id, format, toDocx)
      const data = typeof rendered.data === 'string' ? Buffer.from(rendered.data, 'utf8') : rendered.data
      return {
        fileName: rendered.fileName.replace(/\.txt$/i, '') + exportFormat(format).extension,
        mimeType: exportFormat(format).mimeType,
        base64: data.toString('base64')
      }
    },

    importDocuments(files, options) {
      return importDocuments(library, files, options, hooks.onImportProgress, hooks.clock)
    },

    async suggestedExportFolder() {
      return suggestedExportFolder(home)
    }
  }
}
