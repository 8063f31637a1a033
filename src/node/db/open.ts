// Opening a library file: look before touching. A newer or damaged file is refused through a
// read-only look, so it stays byte-for-byte as it was; only a file we can use is opened for writing.
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AmudError } from '../../shared/model/errors'
import { guardLibrary, libraryError } from './errors'
import { makeFolders } from './folders'
import { assertNotNewer, assertOpenable, checkHeader, fileState, inspectReadOnly } from './inspect'
import { migrate, userVersion } from './migrate'
import { LATEST_VERSION, MIGRATIONS, type ProgressReport } from './migrations/index'
import { applyPragmas } from './pragmas'

export interface OpenDatabaseOptions {
  /** Path of better_sqlite3.node, for Electron's own build of it. */
  nativeBinding?: string
  readonly?: boolean
  /** Hears how far a long upgrade has come (rebuilding the search index of a large library). */
  onUpgrade?: ProgressReport
}

function ensureFolder(path: string): void {
  const folder = dirname(path)
  try {
    makeFolders(folder)
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    throw new AmudError('io', `Cannot create the folder ${folder} for the library ${path}: ${why}`)
  }
}

/**
 * Opens (creating if needed, with its folder) the library at `path`, upgraded to the latest
 * schema. Read-only opens never create or upgrade anything.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  const file = resolve(path)
  const readonly = options.readonly === true
  const state = fileState(file)
  if (!state.exists) {
    if (readonly) throw new AmudError('not_found', `There is no library at ${file}.`)
    ensureFolder(file)
  } else if (state.size > 0) {
    const header = checkHeader(file, state.size)
    // Decided from the header alone when it is authoritative: even a read-only SQLite
    // connection would leave -wal/-shm files beside a library we are about to refuse.
    if (!header.walPending) assertNotNewer(file, header.userVersion)
    assertOpenable(file, inspectReadOnly(file, options.nativeBinding))
  }
  let db: Database.Database
  try {
    db = new Database(file, { readonly, fileMustExist: readonly, nativeBinding: options.nativeBinding })
  } catch (err) {
    throw libraryError(err, file) ?? err
  }
  try {
    guardLibrary(file, () => {
      applyPragmas(db, readonly)
      const version = readonly ? userVersion(db) : migrate(db, LATEST_VERSION, MIGRATIONS, options.onUpgrade)
      // Only reachable when a newer version sat in the WAL, out of the header's sight.
      assertNotNewer(file, version)
      if (version < LATEST_VERSION) {
        throw new AmudError('io', `The library ${file} needs an upgrade; open it once without read-only mode.`)
      }
    })
    return db
  } catch (err) {
    db.close()
    throw err
  }
}
