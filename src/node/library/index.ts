// The library: open a file, get a LibraryService. See library.ts for the service itself.
import { resolve } from 'node:path'
import { openDatabase } from '../db/open'
import type { ProgressReport } from '../db/migrations/index'
import type { Clock } from './context'
import { Library } from './library'

export { Library } from './library'
export { checkBackup } from './backup'
export { restoreLibraryFromBackup, type RestoreOptions } from './restore'
export { defaultLibraryPath, userDataFolder, LIBRARY_FILE } from './paths'
export type { ImportItem, ImportItemResult } from './import'
export type { Clock } from './context'
export type { PictureOutcome, PictureWanted } from './pictures'
export { exportFileName } from './file-name'
export { LATEST_VERSION } from '../db/migrations/index'
export type { MigrationProgress } from '../db/migrations/index'

export interface OpenLibraryOptions {
  /** Path of better_sqlite3.node (Electron ships its own build). */
  nativeBinding?: string
  /** Open without writing anything: no folder or file is created, no upgrade is run. */
  readonly?: boolean
  /** The time source, for tests that age revisions. */
  clock?: Clock
  /** Hears how far a long upgrade has come (the search index rebuilt for a large library). */
  onUpgrade?: ProgressReport
}

/**
 * Opens the library at `path`, creating it (and its folder) when missing, upgrading an older
 * schema. Refuses, leaving the file untouched, a library from a newer Amud ('newer_library')
 * or a damaged file ('corrupt_library'); an unwritable place is an 'io' error naming the path.
 */
export function openLibrary(path: string, options: OpenLibraryOptions = {}): Library {
  const file = resolve(path)
  const db = openDatabase(file, { nativeBinding: options.nativeBinding, readonly: options.readonly, onUpgrade: options.onUpgrade })
  return new Library(db, file, options.clock)
}
