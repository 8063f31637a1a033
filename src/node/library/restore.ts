// Restoring a backup INTO the live library file. The app or the browser host may have the
// library open while `amud restore` runs: swapping files by rename would leave them writing
// into the old file (renamed aside) while everyone else reads the new one, and words the app
// calls "saved" would vanish at the next start. So the backup is copied into the same file
// with SQLite's backup API: one write transaction on the library, which every open connection
// sees at its next read, like any other commit.
//
// Order, all while the backup holds the library's write lock (nobody can commit in between):
//   1. the backup is checked, copied to a staging file and upgraded to this version's schema;
//   2. the live library is copied aside (VACUUM INTO `<library>.before-restore-<time>`);
//   3. every restored article's version is set past both its backup and live versions, so an
//      editor still holding the article (with or without unsaved words) gets a conflict on its
//      next save instead of silently overwriting the restored text;
//   4. the staged pages replace the library's pages, committed at once.
// A library too damaged to open is not open anywhere: it is moved aside and replaced by rename.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AmudError } from '../../shared/model/errors'
import { libraryError } from '../db/errors'
import { makeFolders } from '../db/folders'
import { fileState } from '../db/inspect'
import { openDatabase } from '../db/open'
import { BUSY_TIMEOUT_MS, checkpointOnClose } from '../db/pragmas'
import { checkBackup } from './backup'

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const

export interface RestoreOptions {
  nativeBinding?: string
  clock?: () => Date
  /** How long to wait for another writer to let go of the library (default: as long as a save waits). */
  busyTimeoutMs?: number
}

function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

function removeWithSides(path: string): void {
  rmSync(path, { force: true })
  for (const s of SIDE_FILES) rmSync(path + s, { force: true })
}

/** Copies the checked backup to `staged`, upgraded to the latest schema, self-contained. */
async function stage(backup: string, staged: string, nativeBinding?: string): Promise<void> {
  const src = new Database(backup, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    await src.backup(staged)
  } finally {
    src.close()
  }
  const db = openDatabase(staged, { nativeBinding })
  checkpointOnClose(db)
  db.close()
}

/** The backup API refuses a WAL library of another page size: give the staged copy the library's. */
function matchPageSize(staged: Database.Database, live: Database.Database): void {
  const want = live.pragma('page_size', { simple: true }) as number
  if ((staged.pragma('page_size', { simple: true }) as number) === want) return
  staged.pragma('journal_mode = DELETE')
  staged.pragma(`page_size = ${want}`)
  staged.exec('VACUUM')
}

/** Sets each restored article's version past the version any open editor can hold. */
function bumpVersions(staged: Database.Database, live: Database.Database): void {
  const current = live.prepare('SELECT id, version FROM articles').all() as { id: string; version: number }[]
  const update = staged.prepare('UPDATE articles SET version = max(version, ?) + 1 WHERE id = ?')
  staged.transaction(() => {
    for (const a of current) update.run(a.version, a.id)
  })()
}

const ALL_PAGES = 0x7fffffff

async function restoreInPlace(library: string, live: Database.Database, staged: Database.Database, aside: string, busyMs: number): Promise<void> {
  matchPageSize(staged, live)
  // Another process may hold the write lock when the copy starts; SQLite then reports nothing
  // copied (totalPages 0) and the attempt is repeated, for as long as a save would wait.
  const deadline = Date.now() + busyMs
  let prepared = false
  for (;;) {
    const progress = await staged.backup(library, {
      // Called once the first step holds the library's write lock and before any page is copied.
      progress: () => {
        if (!prepared) {
          live.prepare('VACUUM INTO ?').run(aside)
          bumpVersions(staged, live)
          prepared = true
        }
        return ALL_PAGES
      }
    })
    if (progress.totalPages > 0 && prepared) return
    if (Date.now() > deadline) {
      throw new AmudError('io', `The library ${library} stayed busy (another Amud window or command was writing to it); nothing was restored. Try again.`)
    }
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** For a library no one can have open (it does not open): move it aside, rename the staged copy in. */
function replaceByRename(library: string, staged: string, aside: string): void {
  renameSync(library, aside)
  for (const s of SIDE_FILES) if (existsSync(library + s)) renameSync(library + s, aside + s)
  renameSync(staged, library)
}

/**
 * Replaces the content of the library at `libraryPath` with `backupFile`, in place: connections
 * other processes have open on the library see the restored library. The old library is kept
 * as `<library>.before-restore-<time>`; returns that path (null if there was no library).
 */
export async function restoreLibraryFromBackup(libraryPath: string, backupFile: string, options: RestoreOptions = {}): Promise<string | null> {
  const library = resolve(libraryPath)
  const backup = resolve(backupFile)
  if (library === backup) throw new AmudError('invalid', 'The backup to restore is the library itself.')
  checkBackup(backup, options.nativeBinding)
  const time = stamp((options.clock ?? (() => new Date()))())
  const staged = `${library}.restoring-${time}`
  const aside = `${library}.before-restore-${time}`
  try {
    if (existsSync(aside)) throw new AmudError('io', `${aside} already exists; wait a second and restore again.`)
    makeFolders(dirname(library))
    await stage(backup, staged, options.nativeBinding)
    if (!fileState(library).exists) {
      renameSync(staged, library)
      return null
    }
    let live: Database.Database
    try {
      live = openDatabase(library, { nativeBinding: options.nativeBinding })
    } catch (err) {
      if ((err as AmudError).code !== 'corrupt_library') throw err
      replaceByRename(library, staged, aside)
      return aside
    }
    const source = new Database(staged, { fileMustExist: true, nativeBinding: options.nativeBinding })
    try {
      await restoreInPlace(library, live, source, aside, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS)
    } catch (err) {
      rmSync(aside, { force: true })
      throw err
    } finally {
      source.close()
      // No checkpoint here: it would wait on the other connections; the last one to close does it.
      live.close()
    }
    return aside
  } catch (err) {
    throw libraryError(err, library) ?? err
  } finally {
    removeWithSides(staged)
  }
}
