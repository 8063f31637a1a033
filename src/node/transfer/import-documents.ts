// Files a person hands the app (picked, dropped, or chosen in main's dialog) into the library:
// tagged .txt files through the library's own importFiles, Word .docx through importDocxFile.
// One file at a time, each in its own transaction, so a bad file writes nothing and the
// others still import; the report keeps the order the files came in.
import { extname } from 'node:path'
import type { ImportFile, ImportProgress, LibraryService } from '../../shared/api/library'
import type { DocumentFileReport, DocumentImportOptions, DocumentImportReport } from '../../shared/api/transfer'
// Static imports (mammoth is large, but the hosts load it once): see transfer/service.ts for why
// an on-demand import() fails where the hosts run these sources through tsx.
import { importDocxFile } from '../import/into-library'

export function documentKind(name: string): 'tagged' | 'docx' | 'old-word' {
  const ext = extname(name).toLowerCase()
  if (ext === '.docx') return 'docx'
  if (ext === '.doc') return 'old-word'
  return 'tagged'
}

async function importOne(library: LibraryService, file: ImportFile, options: DocumentImportOptions): Promise<DocumentFileReport> {
  const bytes = Buffer.from(file.base64, 'base64')
  const kind = documentKind(file.name)
  if (kind === 'old-word') {
    return {
      name: file.name,
      kind: 'docx',
      outcome: 'failed',
      message: 'this is the old Word format (.doc): open it in Word and save it as .docx, then import that',
      messageAr: 'هذا مستند Word بالصيغة القديمة (.doc): افتحه في Word واحفظه بصيغة .docx ثم استورده',
      warnings: []
    }
  }
  if (kind === 'docx') return { ...(await importDocxFile(library, file.name, bytes, options)), kind }
  const [one] = library.importFiles([file], options).files
  return one ? { ...one, kind } : { name: file.name, kind, outcome: 'failed', message: 'the library gave no answer for this file', warnings: [] }
}

export async function importDocuments(
  library: LibraryService,
  files: readonly ImportFile[],
  options: DocumentImportOptions = {},
  onProgress?: (progress: ImportProgress) => void
): Promise<DocumentImportReport> {
  const reports: DocumentFileReport[] = []
  for (const [i, file] of files.entries()) {
    reports.push(await importOne(library, file, options))
    onProgress?.({ done: i + 1, total: files.length, name: file.name })
    // Between files, a turn of the event loop: progress events leave the process as they happen.
    if (i + 1 < files.length) await new Promise((done) => setImmediate(done))
  }
  const count = (o: DocumentFileReport['outcome']): number => reports.filter((r) => r.outcome === o).length
  return { files: reports, imported: count('imported'), skipped: count('skipped'), failed: count('failed') }
}
