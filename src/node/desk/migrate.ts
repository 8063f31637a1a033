// Brings a desk database to the schema this Amud knows, as the library does (src/node/db/
// migrate.ts): numbered steps, each in its own transaction, under a lock so two servers
// starting together migrate once; a database from a newer Amud is refused, untouched.
import { DeskFailure } from './errors'
import type { DeskDb } from './db'
import { DESK_MIGRATIONS, DESK_SCHEMA_VERSION, type DeskMigration } from './migrations/index'
import { ensureSearchIndex } from './search-index'

// pg_advisory_xact_lock key: "amud" in ASCII.
const MIGRATION_LOCK = 0x616d7564

export async function deskSchemaVersion(db: DeskDb): Promise<number> {
  const { rows } = await db.query<{ t: string | null }>(`SELECT to_regclass('desk_schema')::text AS t`)
  if (rows[0]?.t == null) return 0
  const v = await db.query<{ version: number }>('SELECT version FROM desk_schema')
  return v.rows[0]?.version ?? 0
}

export async function migrateDesk(db: DeskDb, migrations: readonly DeskMigration[] = DESK_MIGRATIONS): Promise<number> {
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version
  await db.query('CREATE TABLE IF NOT EXISTS desk_schema (version INTEGER NOT NULL, one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one))')
  await db.query('INSERT INTO desk_schema (version) VALUES (0) ON CONFLICT DO NOTHING')
  for (;;) {
    const step = await db.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const { rows } = await q.query<{ version: number }>('SELECT version FROM desk_schema FOR UPDATE')
      const current = rows[0]!.version
      if (current > latest) {
        throw new DeskFailure(
          'invalid',
          `This desk database is at schema version ${current}, newer than this Amud knows (${latest}); it was left untouched. Run a newer Amud.`
        )
      }
      const next = migrations.find((m) => m.version === current + 1)
      if (!next) return null
      await next.up(q)
      await q.query('UPDATE desk_schema SET version = $1', [next.version])
      return next.version
    })
    if (step === null) break
  }
  // The search index follows the code's normalization, not only the schema (see search-index.ts).
  if (latest >= 2) await ensureSearchIndex(db)
  return latest
}

export { DESK_SCHEMA_VERSION }
