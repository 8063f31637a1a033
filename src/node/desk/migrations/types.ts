// One step of the desk's schema, run in its own transaction (see ../migrate.ts).
import type { Queryable } from '../db'

export interface DeskMigration {
  version: number
  name: string
  up(q: Queryable): Promise<void>
}

/** A step that is plain SQL (every desk step so far): its version, its name and the SQL, run as one batch. */
export function sqlStep(version: number, name: string, sql: string): DeskMigration {
  return { version, name, up: (q) => q.exec(sql) }
}
