// One step of the desk's schema, run in its own transaction (see ../migrate.ts).
import type { Queryable } from '../db'

export interface DeskMigration {
  version: number
  name: string
  up(q: Queryable): Promise<void>
}
