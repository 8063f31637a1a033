// Backups use SQLite's online backup: a consistent copy taken while the library stays open,
// WAL content included. Restoring checks the backup thoroughly first, keeps the current
// library aside (never deletes it), and writes the backup INTO the live library file through
// SQLite's backup API (one write transaction), never by swapping files: an app or browser host
// that has the library open keeps its connection to the same file and sees the restored
// library; a rename would leave it writing into the old file, unseen by anyone (the library
// split silently). See restore.ts.
import { renameSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { makeFolders } from '../db/folders'
import Database from 'better-sqlite3'
import { AmudError } from '../../shared/model/errors'
import { libraryError } from '../db/errors'
import { assertOpenable, checkHeader, fileState, inspectReadOnly } from '../db/inspect'
import { msg } from '../../shared/messages/catalog'

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

/**
 * The backup named is not a library at all (a text file, a damaged copy): said of the backup, not
 * as "the library X is damaged… restore it from a backup", which is what a library that will not
 * open is told, and which sent a person restoring from a backup to restore from a backup.
 */
function notABackup(file: string, why: string): AmudError {
  const reason = why ? ` (${why})` : ''
  return AmudError.saying('corrupt_library', msg('err.backup-not-amud', { file, reason }))
}

/** The reason in a "the library … is damaged or is not an Amud library (reason)" message. */
function reasonOf(err: AmudError): string {
  return /is not an Amud library \((.*)\)\. It was left untouched/.exec(err.message)?.[1] ?? ''
}

/** Throws unless `file` is a sound Amud library this version can open. */
export function checkBackup(file: string, nativeBinding?: string): void {
  const state = fileState(file)
  if (!state.exists) throw new AmudError('not_found', `There is no backup file at ${file}.`)
  let info: ReturnType<typeof inspectReadOnly>
  try {
    checkHeader(file, state.size)
    info = inspectReadOnly(file, nativeBinding)
  } catch (err) {
    const e = libraryError(err, file) ?? err
    throw e instanceof AmudError && e.code === 'corrupt_library' ? notABackup(file, reasonOf(e)) : e
  }
  if (info.userVersion === 0) throw notABackup(file, state.size === 0 ? 'the file is empty' : 'it holds no Amud library')
  assertOpenable(file, info)
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      const why = rows
        .slice(0, 3)
        .map((r) => r.integrity_check)
        .join('; ')
      throw new AmudError('corrupt_library', `The backup ${file} is damaged (${why}); it was not restored.`)
    }
  } catch (err) {
    throw libraryError(err, file) ?? err
  } finally {
    db.close()
  }
}
