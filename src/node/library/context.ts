// What every part of the service shares: the connection, a cache of prepared statements (a
// statement is compiled once per library, not once per call) and the clock, injectable so
// tests can age revisions.
import type { Database, Statement, Transaction } from 'better-sqlite3'

export type Clock = () => Date

export class Ctx {
  private readonly statements = new Map<string, Statement>()
  private readonly inTransaction: Transaction<(fn: () => unknown) => unknown>

  constructor(
    readonly db: Database,
    readonly path: string,
    readonly clock: Clock
  ) {
    this.inTransaction = db.transaction((fn: () => unknown) => fn())
  }

  stmt<R = unknown>(sql: string): Statement<unknown[], R> {
    let s = this.statements.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.statements.set(sql, s)
    }
    return s as Statement<unknown[], R>
  }

  /** ISO 8601 time of now, the form every timestamp in the library takes. */
  now(): string {
    return this.clock().toISOString()
  }

  /**
   * Runs `fn` in a write transaction taken up front (BEGIN IMMEDIATE): a read that later
   * upgrades to a write could fail with SQLITE_BUSY while another process writes. Nested calls
   * become savepoints.
   */
  write<T>(fn: () => T): T {
    return this.inTransaction.immediate(fn) as T
  }
}
