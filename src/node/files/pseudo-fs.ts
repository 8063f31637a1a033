// Folders Amud must never write into: /proc, /sys and /dev are the kernel's, not places for
// files, and some calls there never return (Node 20's recursive mkdir under /proc spins
// forever). The path is judged by where it really leads, after symlinks, so a link to /proc
// is refused too; a procfs or sysfs mounted elsewhere is recognised by its file-system type.
import { realpath, statfs } from 'node:fs/promises'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { AmudError } from '../../shared/model/errors'
import { withTimeLimit } from './time-limit'
import { msg } from '../../shared/messages/catalog'

export const PSEUDO_ROOTS = ['/proc', '/sys', '/dev']

/** statfs types of procfs and sysfs (linux/magic.h). */
const PSEUDO_TYPES = new Set([0x9fa0, 0x62656572])

function under(path: string, root: string): boolean {
  return path === root || path.startsWith(root + sep)
}

/**
 * The path a folder or file really names: its deepest existing ancestor's real path (symlinks
 * followed), with the parts that do not exist yet appended. `..` is settled first, as every
 * caller writes to the resolved path.
 */
export async function realTarget(path: string): Promise<{ real: string; existing: string }> {
  let existing = resolve(path)
  const rest: string[] = []
  for (;;) {
    try {
      const real = await withTimeLimit(msg('task.looking-up', { path: existing }), () => realpath(existing))
      return { real: join(real, ...rest.reverse()), existing: real }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      const parent = dirname(existing)
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) throw err
      rest.push(basename(existing))
      existing = parent
    }
  }
}

function refusal(path: string, real: string): AmudError {
  const shown = real === resolve(path) ? path : `${path} (${real})`
  return AmudError.saying('invalid', msg('err.system-folder', { shown }))
}

/** Throws an "invalid" a person can read when `path` leads into a pseudo-file-system; otherwise its real path. */
export async function refusePseudoFileSystem(path: string): Promise<string> {
  if (process.platform === 'win32') return resolve(path)
  if (PSEUDO_ROOTS.some((root) => under(resolve(path), root))) throw refusal(path, resolve(path))
  const { real, existing } = await realTarget(path)
  if (PSEUDO_ROOTS.some((root) => under(real, root))) throw refusal(path, real)
  const fs = await withTimeLimit(msg('task.looking-up', { path: existing }), () => statfs(existing)).catch(() => null)
  if (fs && PSEUDO_TYPES.has(fs.type)) throw refusal(path, real)
  return real
}
