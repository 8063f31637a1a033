import type { Database } from 'better-sqlite3'

/** How far a long step has come, for a library that takes a while to upgrade. */
export interface MigrationProgress {
  /** What is being done: 'search-index' (articles indexed again). */
  task: string
  done: number
  total: number
}

export type ProgressReport = (p: MigrationProgress) => void

/** One schema step. `up` runs inside the migration transaction and must not commit. */
export interface Migration {
  version: number
  name: string
  /**
   * Names of earlier steps whose whole work this one redoes (the search index built anew):
   * when this step is pending, they are skipped rather than done twice.
   */
  replaces?: readonly string[]
  up(db: Database, progress?: ProgressReport): void
}

/** A step before it is given its place in the list (index.ts numbers it). */
export type MigrationStep = Omit<Migration, 'version'>
