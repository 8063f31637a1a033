// Backups use SQLite's online backup: a consistent copy taken while the library stays open,
// WAL content included. Restoring checks the backup thoroughly first, keeps the current
// library aside (never deletes it), and swaps files by rename so no half-written library
// can ever sit at the library's path.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { makeFolders } from '../db/folders'
import Database from 'better-sqlite3'
import { AmudError } from '../../shared/model/errors'
import { libraryError } from '../db/errors'
import { assertOpenable, checkHeader, fileState, inspectReadOnly } from '../db/inspect'
import { checkpointOnClose } from '../db/pragmas'

const SIDE_FILES = ['-wal', '-shm'] as const

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

/** Writes a consistent copy of `db` to `toFile` (through a temporary file, then a rename). */
export async function backupDatabase(db: Database.Database, libraryPath: string, toFile: string): Promise<void> {
  const target = resolve(toFile)
  if (target === resolve(libraryPath)) throw new AmudError('invalid', 'A backup cannot overwrite the library itself.')
  const partial = `${target}.partial`
  try {
    makeFolders(dirname(target))
    rmSync(partial, { force: true })
    await db.backup(partial)
    renameSync(partial, target)
  } catch (err) {
    rmSync(partial, { force: true })
    throw libraryError(err, target) ?? err
  }
}

/** Throws unless `file` is a sound Amud library this version can open. */
export function checkBackup(file: string, nativeBinding?: string): void {
  const state = fileState(file)
  if (!state.exists) throw new AmudError('not_found', `There is no backup file at ${file}.`)
  checkHeader(file, state.size)
  const info = inspectReadOnly(file, nativeBinding)
  if (info.userVersion === 0) throw new AmudError('corrupt_library', `${file} is not an Amud library backup.`)
  assertOpenable(file, info)
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      const why = rows.slice(0, 3).map((r) => r.integrity_check).join('; ')
      throw new AmudError('corrupt_library', `The backup ${file} is damaged (${why}); it was not restored.`)
    }
  } catch (err) {
    throw libraryError(err, file) ?? err
  } finally {
    db.close()
  }
}

function foldWal(path: string, nativeBinding?: string): void {
  // Best effort: a damaged library cannot be checkpointed, and its WAL is kept aside with it.
  try {
    const db = new Database(path, { fileMustExist: true, nativeBinding })
    checkpointOnClose(db)
    db.close()
  } catch {
    // Keep going: the side files are moved along with the main file below.
  }
}

export interface RestoreOptions {
  nativeBinding?: string
  clock?: () => Date
}

/**
 * Replaces the library at `libraryPath` (which must not be open) with `backupFile`. The old
 * library is kept as `<library>.before-restore-<time>`; returns that path (null if none existed).
 */
export async function restoreLibraryFromBackup(libraryPath: string, backupFile: string, options: RestoreOptions = {}): Promise<string | null> {
  const library = resolve(libraryPath)
  const backup = resolve(backupFile)
  if (library === backup) throw new AmudError('invalid', 'The backup to restore is the library itself.')
  checkBackup(backup, options.nativeBinding)
  const time = stamp((options.clock ?? (() => new Date()))())
  const incoming = `${library}.restoring-${time}`
  const src = new Database(backup, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding })
  try {
    makeFolders(dirname(library))
    await src.backup(incoming)
  } catch (err) {
    rmSync(incoming, { force: true })
    throw libraryError(err, library) ?? err
  } finally {
    src.close()
  }
  let aside: string | null = null
  try {
    if (existsSync(library)) {
      foldWal(library, options.nativeBinding)
      aside = `${library}.before-restore-${time}`
      renameSync(library, aside)
      for (const s of SIDE_FILES) if (existsSync(library + s)) renameSync(library + s, aside + s)
    }
    renameSync(incoming, library)
  } catch (err) {
    throw libraryError(err, library) ?? err
  }
  return aside
}
