// Access tokens. A token is "amud_" + a public id + "." + a secret; the desk keeps the id (to
// find the user) and an scrypt hash of the secret with its own salt, compared in constant time,
// so a stolen database gives no usable token. The token itself is shown once, when made.
import { randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto'

const KEY_BYTES = 32
const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

function scryptAsync(secret: BinaryLike, salt: BinaryLike): Promise<Buffer> {
  return new Promise((res, rej) => scrypt(secret, salt, KEY_BYTES, SCRYPT, (err, key) => (err ? rej(err) : res(key))))
}

export interface NewToken {
  token: string
  tokenId: string
  salt: string
  hash: string
}

export async function makeToken(): Promise<NewToken> {
  const tokenId = randomBytes(9).toString('base64url')
  const secret = randomBytes(32).toString('base64url')
  const salt = randomBytes(16).toString('base64url')
  const hash = (await scryptAsync(secret, salt)).toString('base64url')
  return { token: `amud_${tokenId}.${secret}`, tokenId, salt, hash }
}

/** The public id and the secret of a well-formed token, else null. */
export function splitToken(token: string): { tokenId: string; secret: string } | null {
  const m = /^amud_([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  return m ? { tokenId: m[1]!, secret: m[2]! } : null
}

export async function secretMatches(secret: string, salt: string, hash: string): Promise<boolean> {
  const want = Buffer.from(hash, 'base64url')
  const got = await scryptAsync(secret, salt)
  return want.length === got.length && timingSafeEqual(want, got)
}
