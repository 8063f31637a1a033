// Files a person hands the app (picked, dropped, or chosen in main's dialog) into the library:
// tagged .txt files through the library's own importFiles, Word .docx through importDocxFile.
// Each file in its own transaction (a savepoint), so a bad file writes nothing and the others
// still import; tagged files in a row commit together, a few at a time; the report keeps the
// order the files came in.
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

/** A Word file (or an old .doc, refused with the way out). */
async function importWordFile(library: LibraryService, file: ImportFile, options: DocumentImportOptions): Promise<DocumentFileReport> {
  const bytes = Buffer.from(file.base64, 'base64')
  if (documentKind(file.name) === 'old-word') {
    return {
      name: file.name,
      kind: 'docx',
      outcome: 'failed',
      message: 'this is the old Word format (.doc): open it in Word and save it as .docx, then import that',
      messageAr: 'هذا مستند Word بالصيغة القديمة (.doc): افتحه في Word واحفظه بصيغة .docx ثم استورده',
      warnings: []
    }
  }
  return { ...(await importDocxFile(library, file.name, bytes, options)), kind: 'docx' }
}

/** Tagged files in a row go to the library together: one commit (and disk sync) per step. */
const TAGGED_STEP_FILES = 25

export async function importDocuments(
  library: LibraryService,
  files: readonly ImportFile[],
  options: DocumentImportOptions = {},
  onProgress?: (progress: ImportProgress) => void
): Promise<DocumentImportReport> {
  const reports: DocumentFileReport[] = []
  let i = 0
  while (i < files.length) {
    const step: ImportFile[] = []
    while (i + step.length < files.length && step.length < TAGGED_STEP_FILES && documentKind(files[i + step.length]!.name) === 'tagged') step.push(files[i + step.length]!)
    if (step.length > 0) {
      const done = library.importFiles(step, options).files
      step.forEach((file, j) => {
        const one = done[j]
        reports.push(one ? { ...one, kind: 'tagged' } : { name: file.name, kind: 'tagged', outcome: 'failed', message: 'the library gave no answer for this file', warnings: [] })
      })
    } else {
      step.push(files[i]!)
      reports.push(await importWordFile(library, files[i]!, options))
    }
    for (const file of step) {
      i++
      onProgress?.({ done: i, total: files.length, name: file.name })
    }
    // Between steps, a turn of the event loop: progress events leave the process as they happen.
    if (i < files.length) await new Promise((done) => setImmediate(done))
  }
  const count = (o: DocumentFileReport['outcome']): number => reports.filter((r) => r.outcome === o).length
  return { files: reports, imported: count('imported'), skipped: count('skipped'), failed: count('failed') }
}
