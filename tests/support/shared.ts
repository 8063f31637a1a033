// The shared folder beside the clone (../shared: the publication's real column, FORMAT.md, the
// corpus) is not part of the repository, and a newcomer's clone has none beside it. Tests and
// benchmarks find it only through here, so one switch puts it out of reach: AMUD_NO_SHARED=1
// (how .ci/run proves that a fresh clone passes); AMUD_SHARED_DIR points at a copy elsewhere.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const DEFAULT_DIR = resolve(__dirname, '../../../shared')

/** True when AMUD_NO_SHARED asks the tests to behave as in a clone with nothing beside it. */
export function sharedHidden(): boolean {
  const v = process.env.AMUD_NO_SHARED
  return v !== undefined && v !== '' && v !== '0'
}

/** The shared folder, or null when it is absent or hidden. */
export function sharedDir(): string | null {
  if (sharedHidden()) return null
  const dir = process.env.AMUD_SHARED_DIR || DEFAULT_DIR
  return existsSync(dir) ? dir : null
}

/** A file inside the shared folder (a path relative to it), or null when it is out of reach. */
export function sharedFile(relative: string): string | null {
  const dir = sharedDir()
  if (!dir) return null
  const path = join(dir, relative)
  return existsSync(path) ? path : null
}

/** Says why a test needing `relative` from the shared folder was skipped. */
export function sharedAbsent(what: string, relative: string): string {
  const why = sharedHidden() ? 'hidden by AMUD_NO_SHARED' : 'absent'
  return `${what} is ${why} (expected ../shared/${relative} beside the repository, or under AMUD_SHARED_DIR): skipped.`
}
