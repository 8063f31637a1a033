// Files a person hands the app (picked, dropped, or chosen in main's dialog) into the library:
// tagged .txt files through the library's own importFiles, Word .docx through importDocxFile.
// Each file in its own transaction (a savepoint), so a bad file writes nothing and the others
// still import; tagged files in a row commit together, a group at a time (bounded by time as
// well as count: import-groups.ts), with a turn of the event loop between groups so a save made
// meanwhile is served; the report keeps the order the files came in.
import type { ImportFile, ImportFileReport, ImportProgress, LibraryService } from '../../shared/api/library'
import type { DocumentFileReport, DocumentImportOptions, DocumentImportReport } from '../../shared/api/transfer'
import { importKind, importTypeRefusal } from '../../shared/model/file-types'
// Static imports (mammoth is large, but the hosts load it once): see transfer/service.ts for why
// an on-demand import() fails where the hosts run these sources through tsx.
import { importDocxFile } from '../import/into-library'
import { GroupBudget, nextTurn } from '../library/import-groups'
import { Library } from '../library/library'

/** A Word file; or a file of a type not read (an old .doc, an .odt, a .pdf), refused with the way out. */
async function importWordFile(library: LibraryService, file: ImportFile, options: DocumentImportOptions): Promise<DocumentFileReport> {
  const refusal = importTypeRefusal(file.name)
  if (refusal) {
    const kind = importKind(file.name) === 'old-word' ? 'docx' : 'other'
    return { name: file.name, kind, outcome: 'failed', said: refusal, warnings: [] }
  }
  const bytes = Buffer.from(file.base64, 'base64')
  return { ...(await importDocxFile(library, file.name, bytes, options)), kind: 'docx' }
}

/** Tagged files in a row, per library call, when the library is not this process's Library. */
const TAGGED_STEP_FILES = 25

/** The next commit's worth of the tagged files `run` from `start`. */
function taggedGroup(
  library: LibraryService,
  run: readonly ImportFile[],
  start: number,
  options: DocumentImportOptions,
  budget: GroupBudget
): ImportFileReport[] {
  if (library instanceof Library) return library.importGroup(run, start, options, budget)
  return library.importFiles(run.slice(start, start + TAGGED_STEP_FILES), options).files
}

export async function importDocuments(
  library: LibraryService,
  files: readonly ImportFile[],
  options: DocumentImportOptions = {},
  onProgress?: (progress: ImportProgress) => void,
  clock?: () => number
): Promise<DocumentImportReport> {
  const reports: DocumentFileReport[] = []
  const budget = new GroupBudget(clock)
  let i = 0
  while (i < files.length) {
    let end = i
    while (end < files.length && importKind(files[end]!.name) === 'tagged') end++
    if (end > i) {
      const run = files.slice(i, end)
      let start = 0
      while (start < run.length) {
        const done = taggedGroup(library, run, start, options, budget)
        if (done.length === 0) throw new Error('the library imported nothing from a group')
        for (const one of done) {
          reports.push({ ...one, kind: 'tagged' })
          i++
          onProgress?.({ done: i, total: files.length, name: one.name })
        }
        start += done.length
        // Between groups, a turn of the event loop: progress leaves the process, saves get in.
        if (i < files.length) await nextTurn()
      }
    } else {
      reports.push(await importWordFile(library, files[i]!, options))
      i++
      onProgress?.({ done: i, total: files.length, name: files[i - 1]!.name })
      if (i < files.length) await nextTurn()
    }
  }
  const count = (o: DocumentFileReport['outcome']): number => reports.filter((r) => r.outcome === o).length
  return { files: reports, imported: count('imported'), skipped: count('skipped'), failed: count('failed') }
}
