// One interface over the desk's two PostgreSQLs: a real server (the `pg` pool, given a
// postgres:// address) and the embedded one (PGlite, PostgreSQL compiled to WebAssembly, in a
// data folder), so the store runs the same SQL on both. Transactions are callbacks: the
// connection is held for the callback and released whatever happens.
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** pg_advisory_xact_lock key every desk write takes ("desk" in ASCII): one writer at a time. */
export const DESK_WRITE_LOCK = 0x6465736b

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>
  /** Runs several statements (no parameters): migrations. */
  exec(sql: string): Promise<void>
}

export interface DeskDb extends Queryable {
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (q: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
  /** "postgres://host/db" (password hidden) or "embedded:DIR", for messages. */
  readonly where: string
}

export interface DeskDbOptions {
  /** A postgres:// address: a real PostgreSQL server. */
  database?: string
  /** A folder for the embedded PostgreSQL (created when missing). */
  data?: string
}

export async function openDeskDb(options: DeskDbOptions): Promise<DeskDb> {
  if (options.database !== undefined) return openServer(options.database)
  if (options.data === undefined) throw new Error('openDeskDb needs a database address or a data folder')
  return openEmbedded(resolve(options.data))
}

function hidePassword(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://…'
  }
}

async function openServer(url: string): Promise<DeskDb> {
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // An idle connection the server drops (a restart) is an error event; without a listener it
  // would end the process. The next query gets a fresh connection.
  pool.on('error', () => undefined)
  const probe = await pool.connect().catch(async (err: unknown) => {
    await pool.end().catch(() => undefined)
    throw err
  })
  probe.release()
  return {
    where: hidePassword(url),
    query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await pool.query(sql, params)).rows as R[] }),
    exec: async (sql: string) => {
      await pool.query(sql)
    },
    async transaction<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect()
      let broken = false
      // A connection lost while checked out (the server restarted between two statements) is
      // an error event on the client: without a listener it would end the process. The
      // statement that follows fails, the transaction is rolled back, the client discarded.
      const lost = (): void => {
        broken = true
      }
      client.on('error', lost)
      try {
        await client.query('BEGIN')
        const q: Queryable = {
          query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as R[] }),
          exec: async (sql: string) => {
            await client.query(sql)
          }
        }
        const result = await fn(q)
        await client.query('COMMIT')
        return result
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {
          broken = true
        })
        throw err
      } finally {
        client.off('error', lost)
        client.release(broken)
      }
    },
    close: () => pool.end()
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The embedded PostgreSQL has no server to share it: two processes on one folder would damage
 * it. A lock file with the holder's process id keeps it to one; a dead holder's lock is taken over.
 */
function lockFolder(dir: string): () => void {
  const file = join(dir, 'amud-desk.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(file, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const holder = Number(readFileSync(file, 'utf8'))
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new Error(`the desk folder ${dir} is in use by process ${holder} (stop it first, or use a PostgreSQL server with --database)`)
      }
      rmSync(file, { force: true })
    }
  }
  throw new Error(`the desk folder ${dir} is locked`)
}

async function openEmbedded(dir: string): Promise<DeskDb> {
  mkdirSync(dir, { recursive: true })
  const unlock = lockFolder(dir)
  const { PGlite } = await import('@electric-sql/pglite')
  let db: InstanceType<typeof PGlite>
  try {
    db = await PGlite.create(dir)
  } catch (err) {
    unlock()
    throw err
  }
  return {
    where: `embedded:${dir}`,
    query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await db.query<R>(sql, params)).rows }),
    exec: async (sql: string) => {
      await db.exec(sql)
    },
    transaction: <T>(fn: (q: Queryable) => Promise<T>) =>
      db.transaction(async (tx) =>
        fn({
          query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await tx.query<R>(sql, params)).rows }),
          exec: async (sql: string) => {
            await tx.exec(sql)
          }
        })
      ),
    close: async () => {
      try {
        await db.close()
      } finally {
        unlock()
      }
    }
  }
}
