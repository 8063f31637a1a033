// Connection settings. Durability first: a columnist's text must survive a power cut.
//  - WAL: readers never block the one writer, and a crash leaves the file consistent.
//  - synchronous=FULL: every commit is on disk when saveArticle returns (NORMAL in WAL mode
//    could lose the last commits on power loss, and an autosave "saved" must mean saved).
//  - foreign_keys: SQLite leaves them off by default; the schema relies on them.
//  - busy_timeout: a second process (the CLI while the app runs) waits instead of failing.
//  - Checkpoints: SQLite copies the WAL back every 1000 pages (~4 MB, its default, set here
//    explicitly); journal_size_limit trims the WAL file after a checkpoint so a big import does not
//    leave a huge file behind; close() runs wal_checkpoint(TRUNCATE) so a closed library is
//    one self-contained file that can be copied as is.
import type { Database } from 'better-sqlite3'

export const BUSY_TIMEOUT_MS = 5000
export const WAL_AUTOCHECKPOINT_PAGES = 1000
export const JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024

export function applyPragmas(db: Database, readonly: boolean): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  db.pragma('foreign_keys = ON')
  // Sorting and FTS merges get a larger page cache than the 2 MB default.
  db.pragma('cache_size = -32000')
  db.pragma('temp_store = MEMORY')
  if (readonly) return
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`)
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`)
}

/** Folds the WAL into the main file and empties it; failures (a reader holds it) are harmless. */
export function checkpointOnClose(db: Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
  } catch {
    // Another connection still reads: SQLite checkpoints later, nothing is lost.
  }
}
