// Desks for tests: the embedded PostgreSQL (PGlite) always, and Debian's PostgreSQL server
// when one answers on this machine (.ci/run starts it). For the server, a test role and a fresh
// database are made as the postgres system user (runuser, as root), and dropped afterwards.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDeskDb, type DeskDb } from '../../src/node/desk/db'
import { migrateDesk } from '../../src/node/desk/migrate'
import type { DeskMigration } from '../../src/node/desk/migrations/index'

export interface DeskBackend {
  name: string
  /** A fresh desk, migrated through `migrations` (all of them by default; fewer: an older desk). */
  open(
    migrations?: readonly DeskMigration[]
  ): Promise<{ db: DeskDb; dispose(): Promise<void>; /** The postgres:// address, for a server. */ database?: string }>
}

const ROLE = 'amud_test'
const PASSWORD = 'amud_test'

/** Runs SQL as the postgres superuser (runuser, as root): making and dropping roles and databases. */
export function asPostgres(sql: string): string {
  return execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-v', 'ON_ERROR_STOP=1', '-tAc', sql], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20_000
  })
}

/** Null when a PostgreSQL server is reachable here, else the sentence saying why those tests skip. */
export function postgresUnavailable(): string | null {
  try {
    asPostgres(
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'; END IF; END $$`
    )
    return null
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err)
    return `No PostgreSQL server is reachable on this machine (${why}): the desk tests against a real server are skipped; they run against the embedded PostgreSQL only. As root, \`pg_ctlcluster 15 main start\` starts one (.ci/run does).`
  }
}

export const embeddedBackend: DeskBackend = {
  name: 'embedded PostgreSQL (PGlite)',
  async open(migrations) {
    const dir = mkdtempSync(join(tmpdir(), 'amud-desk-'))
    const db = await openDeskDb({ data: dir })
    await migrateDesk(db, migrations)
    return {
      db,
      async dispose() {
        await db.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

/** The address of database `name` on the local server, as the test role. */
export const serverDatabaseUrl = (name: string): string => `postgres://${ROLE}:${PASSWORD}@127.0.0.1:5432/${name}`

/** Creates database `name` owned by the test role (call postgresUnavailable() first: it makes the role). */
export function createServerDatabase(name: string): string {
  asPostgres(`CREATE DATABASE ${name} OWNER ${ROLE}`)
  return serverDatabaseUrl(name)
}

export const serverBackend: DeskBackend = {
  name: 'PostgreSQL server',
  async open(migrations) {
    const name = `amud_desk_test_${process.pid}_${Date.now()}`
    const database = createServerDatabase(name)
    const db = await openDeskDb({ database })
    await migrateDesk(db, migrations)
    return {
      db,
      database,
      async dispose() {
        await db.close()
        asPostgres(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      }
    }
  }
}

/** Polls `check` until it is true, at most `ms`; fails with `what` otherwise. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what} after ${ms} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
