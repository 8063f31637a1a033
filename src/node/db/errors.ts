// SQLite's errors, said the way a columnist can act on: which file, and what to do.
import Database from 'better-sqlite3'
import { AmudError } from '../../shared/model/errors'

function sqliteCode(err: unknown): string | null {
  return err instanceof Database.SqliteError ? err.code : null
}

/** Turns a SQLite or file-system failure about the library at `path` into an AmudError. */
export function libraryError(err: unknown, path: string): AmudError | null {
  if (err instanceof AmudError) return err
  const code = sqliteCode(err) ?? (err as NodeJS.ErrnoException | null)?.code ?? null
  const detail = err instanceof Error ? err.message : String(err)
  if (code === null) return null
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AmudError(
      'corrupt_library',
      `The library ${path} is damaged or is not an Amud library (${detail}). It was left untouched; restore it from a backup.`
    )
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AmudError('io', `The library ${path} can only be read, not written (${detail}).`)
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AmudError('io', `The library ${path} is busy: another Amud window or command is writing to it. Try again.`)
  }
  if (code === 'SQLITE_FULL') return new AmudError('io', `The disk holding the library ${path} is full.`)
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_PERM')) {
    return new AmudError('io', `The library ${path} could not be opened or written (${detail}). Check that the folder exists and is writable.`)
  }
  if (/^E[A-Z]+$/.test(code)) {
    return new AmudError('io', `The library ${path} could not be opened or written (${detail}).`)
  }
  return null
}

/** Runs `fn`, rethrowing storage failures as AmudErrors that name the library. */
export function guardLibrary<T>(path: string, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw libraryError(err, path) ?? err
  }
}
