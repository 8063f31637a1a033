// The desk's people: adding one (its token shown once), revoking one, and finding who a
// request's token belongs to. A verified token is remembered (against its stored hash) so each
// request does not pay scrypt again; revocation is read from the database on every request.
import { createHash } from 'node:crypto'
import { DESK_ROLES, DESK_USER_NAME, type DeskRole } from '../../shared/desk/contract'
import type { DeskDb } from './db'
import { DeskFailure } from './errors'
import { makeToken, secretMatches, splitToken } from './tokens'

export interface DeskUser {
  id: number
  name: string
  role: DeskRole
}

export async function addUser(db: DeskDb, name: string, role: string): Promise<{ user: DeskUser; token: string }> {
  if (!DESK_USER_NAME.safeParse(name).success) {
    throw new DeskFailure('invalid', `"${name}" cannot be a desk user name: use letters, digits, ".", "_" and "-" (at most 100).`)
  }
  if (!(DESK_ROLES as readonly string[]).includes(role)) {
    throw new DeskFailure('invalid', `"${role}" is not a desk role; use one of ${DESK_ROLES.join(', ')}.`)
  }
  const t = await makeToken()
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO desk_users (name, role, token_id, token_salt, token_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (name) DO NOTHING RETURNING id`,
    [name, role, t.tokenId, t.salt, t.hash]
  )
  if (rows.length === 0) throw new DeskFailure('conflict', `The desk already has a user named "${name}"; revoke it first or choose another name.`)
  return { user: { id: Number(rows[0]!.id), name, role: role as DeskRole }, token: t.token }
}

/** Revokes the user's token; returns false when there is no such (active) user. */
export async function revokeUser(db: DeskDb, name: string): Promise<boolean> {
  // The name is freed (renamed aside) so it can be added again with a new token.
  const { rows } = await db.query<{ id: string }>(
    `UPDATE desk_users SET revoked_at = now(), name = name || '~revoked~' || id WHERE name = $1 AND revoked_at IS NULL RETURNING id`,
    [name]
  )
  return rows.length > 0
}

interface UserRow {
  id: string
  name: string
  role: DeskRole
  token_salt: string
  token_hash: string
  revoked_at: unknown
}

export class Authenticator {
  private readonly verified = new Map<string, string>()

  constructor(private readonly db: DeskDb) {}

  /** The user the Authorization header names, or a DeskFailure('unauthorized') saying why not. */
  async authenticate(header: string | undefined): Promise<DeskUser> {
    if (header === undefined || header === '') {
      throw new DeskFailure('unauthorized', 'This desk needs an access token: send "Authorization: Bearer TOKEN" (see `amud desk user add`).')
    }
    const m = /^Bearer (\S+)$/.exec(header)
    const parts = m ? splitToken(m[1]!) : null
    if (!m || !parts) throw new DeskFailure('unauthorized', 'The access token is not one this desk made; check it was copied whole.')
    const { rows } = await this.db.query<UserRow>('SELECT id, name, role, token_salt, token_hash, revoked_at FROM desk_users WHERE token_id = $1', [
      parts.tokenId
    ])
    const row = rows[0]
    // Made only when thrown: an Error's stack costs more than the rest of a cached check.
    const wrong = (): DeskFailure => new DeskFailure('unauthorized', 'The access token is wrong or has been revoked; ask the desk administrator for a new one.')
    if (!row || row.revoked_at !== null) throw wrong()
    const key = createHash('sha256').update(m[1]!).digest('base64url')
    if (this.verified.get(key) !== row.token_hash) {
      if (!(await secretMatches(parts.secret, row.token_salt, row.token_hash))) throw wrong()
      if (this.verified.size > 10_000) this.verified.clear()
      this.verified.set(key, row.token_hash)
    }
    return { id: Number(row.id), name: row.name, role: row.role }
  }
}
