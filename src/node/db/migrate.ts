// Schema upgrades via PRAGMA user_version. All pending steps run in one IMMEDIATE transaction:
// a crash or a failing step leaves the library exactly at its old version.
import type { Database } from 'better-sqlite3'
import { LATEST_VERSION, MIGRATIONS, type Migration, type ProgressReport } from './migrations/index'

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the schema to `target` (default: the latest); returns the version it ended at.
 * `progress` hears from long steps (the search index rebuilt article by article).
 */
export function migrate(db: Database, target = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS, progress?: ProgressReport): number {
  const run = db.transaction(() => {
    // Read inside the write lock: two processes opening an old library migrate it once.
    const current = userVersion(db)
    if (current > target) return current // the caller refuses a newer library (see open.ts)
    const pending = migrations.filter((m) => m.version > current && m.version <= target)
    const replaced = new Set(pending.flatMap((m) => m.replaces ?? []))
    for (const m of pending) if (!replaced.has(m.name)) m.up(db, progress)
    db.pragma(`user_version = ${target}`)
    return target
  })
  if (userVersion(db) >= target) return userVersion(db)
  return run.immediate()
}
