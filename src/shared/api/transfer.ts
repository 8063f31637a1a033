// Calls that move articles in and out of files but are not the library's: they need Node (the
// docx and mammoth packages, the file system) or the host's own windows (native dialogs).
// TransferService is implemented over any LibraryService in src/node/transfer/service.ts;
// HostDialogs by Electron's main (src/main/dialogs.ts) and, without windows of its own, by the
// browser host (src/node/host/dialogs.ts), whose answers make the page fall back to its own UI.
import type { ExportFormat, RenderFormat } from '../export/formats'
import type { ArticleStatus } from '../model/article'
import type { ImportFile, ImportFileReport, ImportReport } from './library'
import type { Said } from '../messages/catalog'

export interface FolderExportRequest {
  ids: string[]
  /** An absolute folder, or one starting with ~ (the home folder of the machine running Amud). */
  dir: string
  /** Default 'tagged'. */
  format?: ExportFormat
  /** Replace files that already exist; without it they are reported as skipped. */
  overwrite?: boolean
}

export interface FolderExportItem {
  articleId: string
  outcome: 'written' | 'skipped' | 'failed'
  /** The file written, or the one that already existed. */
  file?: string
  /** Why it was skipped or failed: render with t(). */
  said?: Said
}

export interface FolderExportReport {
  /** The folder as resolved (~ expanded). */
  dir?: string
  items: FolderExportItem[]
  written: number
  skipped: number
  failed: number
}

export interface ExportProgress {
  done: number
  total: number
}

export type { RenderFormat } from '../export/formats'

export interface RenderedFile {
  /** With the format's extension. */
  fileName: string
  mimeType: string
  /** The file's bytes (a .docx is binary; HTML and Markdown are UTF-8). */
  base64: string
}

export interface DocumentImportOptions {
  allowDuplicates?: boolean
  status?: ArticleStatus
}

/** The library's per-file report, and which kind of file it was. */
export type DocumentFileReport = ImportFileReport & {
  /** other: a type Amud does not read (.odt, .pdf…), refused for it. */
  kind: 'tagged' | 'docx' | 'other'
}

export interface DocumentImportReport extends Omit<ImportReport, 'files'> {
  files: DocumentFileReport[]
}

export interface TransferService {
  /** Writes articles into one folder; progress goes out as exportProgress events. */
  exportArticlesToFolder(request: FolderExportRequest): Promise<FolderExportReport>
  /** One article as an HTML page, Markdown or a Word document, ready to save. */
  renderArticle(id: string, format: RenderFormat): Promise<RenderedFile>
  /** Tagged .txt files and Word .docx files, each in its own transaction, in the given order. */
  importDocuments(files: ImportFile[], options?: DocumentImportOptions): Promise<DocumentImportReport>
  /** Where exports go unless the person says otherwise (~/Documents/Amud). */
  suggestedExportFolder(): Promise<string>
}

export interface SaveFileRequest {
  fileName: string
  base64: string
}

export type SaveFileResult =
  | { outcome: 'saved'; path: string }
  | { outcome: 'cancelled' }
  /** The host has no save dialog (the browser host): the page downloads the bytes itself. */
  | { outcome: 'unsupported' }

export type ChooseFolderResult =
  | { outcome: 'chosen'; path: string }
  | { outcome: 'cancelled' }
  /** The host has no folder dialog (the browser host): the page asks for a path in a field. */
  | { outcome: 'unsupported' }

export interface HostDialogs {
  /** A folder from the native dialog, the suggested export folder preselected. */
  chooseFolder(): Promise<ChooseFolderResult>
  /** Asks where to save (native dialog) and writes the bytes there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
}
