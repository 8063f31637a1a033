// Looks at a library file without changing a byte of it, before anything opens it for writing:
// a file from a newer Amud or a damaged file must stay exactly as it was.
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { AmudError } from '../../shared/model/errors'
import { libraryError } from './errors'
import { LATEST_VERSION } from './migrations/index'

const HEADER = Buffer.from('SQLite format 3\0', 'latin1')
export const REQUIRED_TABLES = ['authors', 'articles', 'revisions'] as const

export interface FileState {
  exists: boolean
  size: number
}

export function fileState(path: string): FileState {
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new AmudError('io', `${path} is a folder or a device, not a library file.`)
    return { exists: true, size: st.size }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, size: 0 }
    throw libraryError(err, path) ?? err
  }
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(100)
    const n = readSync(fd, buf, 0, 100, 0)
    return buf.subarray(0, n)
  } finally {
    closeSync(fd)
  }
}

function corrupt(path: string, why: string): AmudError {
  return new AmudError('corrupt_library', `The library ${path} is damaged or is not an Amud library (${why}). It was left untouched; restore it from a backup.`)
}

/**
 * Checks the SQLite header: magic string, and that the file holds every page the header
 * promises (a truncated copy fails here, before SQLite reads past its end).
 */
export function checkHeader(path: string, size: number): HeaderFacts {
  if (size === 0) return { userVersion: 0, walPending: false } // SQLite makes an empty file a new database.
  const h = readHeader(path)
  if (h.length < 100 || !h.subarray(0, 16).equals(HEADER)) throw corrupt(path, 'not an SQLite database')
  const rawPage = h.readUInt16BE(16)
  const pageSize = rawPage === 1 ? 65536 : rawPage
  const pages = h.readUInt32BE(28)
  // The page count is valid only when the "version-valid-for" number matches the change counter.
  const countValid = h.readUInt32BE(92) === h.readUInt32BE(24)
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw corrupt(path, 'bad page size')
  // A non-empty WAL may hold pages a crash interrupted mid-checkpoint: SQLite recovers those.
  const walPending = fileState(`${path}-wal`).size > 0
  if (size % pageSize !== 0 || (countValid && !walPending && pages * pageSize > size)) {
    throw corrupt(path, `the file is cut short: ${size} bytes`)
  }
  return { userVersion: h.readUInt32BE(60), walPending }
}

export interface HeaderFacts {
  /** user_version as the main file has it (the WAL may hold a newer one when walPending). */
  userVersion: number
  walPending: boolean
}

export interface Inspection {
  userVersion: number
  tables: string[]
}

/** Reads user_version and the table list through a read-only connection. */
export function inspectReadOnly(path: string, nativeBinding?: string): Inspection {
  let db: Database.Database | null = null
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding })
    const userVersion = db.pragma('user_version', { simple: true }) as number
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    return { userVersion, tables: rows.map((r) => r.name) }
  } catch (err) {
    throw libraryError(err, path) ?? err
  } finally {
    db?.close()
  }
}

/** Refuses a library that this Amud cannot safely open for writing. */
export function assertOpenable(path: string, info: Inspection): void {
  assertNotNewer(path, info.userVersion)
  if (info.userVersion === 0 && info.tables.length > 0) {
    throw corrupt(path, 'an SQLite database of some other program')
  }
  const missing = REQUIRED_TABLES.filter((t) => info.userVersion > 0 && !info.tables.includes(t))
  if (missing.length > 0) throw corrupt(path, `tables missing: ${missing.join(', ')}`)
}

export function assertNotNewer(path: string, userVersion: number): void {
  if (userVersion > LATEST_VERSION) {
    throw new AmudError(
      'newer_library',
      `The library ${path} was written by a newer version of Amud (format ${userVersion}; this Amud reads up to ${LATEST_VERSION}). Update Amud to open it. The file was left untouched.`,
      { libraryVersion: userVersion, supportedVersion: LATEST_VERSION }
    )
  }
}
