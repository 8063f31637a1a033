// Turns the paths a user names into the files to import: files as named, folders walked
// recursively for the formats Amud reads. Sorted, so reports come out in a stable order.
// Inside a folder only regular files are taken: symbolic links, named pipes, sockets and
// devices are listed as skipped with the reason (a FIFO would block the import, a link may lead
// to /dev/zero or out of the folder), never silently left out. Hidden entries (".name") are
// passed over as before. A path named outright may be a link: it is read as what it leads to,
// and read-file.ts refuses anything but a regular file of a sane size.
import { readdir, stat } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { describeKind, readFailure } from './read-file'
import { msg, type Message } from '../../shared/messages/catalog'

/** Tagged files, and Word documents (read by src/node/import/docx.ts). */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.docx']

export interface SkippedPath {
  path: string
  reason: Message
}

export interface CollectedPaths {
  files: string[]
  /** Paths that do not exist or cannot be read, with the reason. */
  missing: { path: string; reason: Message }[]
  /** Entries of walked folders that are not regular files or folders (links, pipes, devices). */
  skipped: SkippedPath[]
}

export async function collectImportPaths(paths: string[], cwd: string, extensions = IMPORTABLE_EXTENSIONS): Promise<CollectedPaths> {
  const files: string[] = []
  const missing: CollectedPaths['missing'] = []
  const skipped: SkippedPath[] = []
  const walk = async (dir: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (err) {
      skipped.push({ path: dir, ...refusalOf(err) })
      return
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) {
        if (extensions.includes(extname(entry.name).toLowerCase())) files.push(full)
      } else skipped.push({ path: full, ...describeKind(entry) })
    }
  }
  for (const p of paths) {
    const full = resolve(cwd, p)
    try {
      if ((await stat(full)).isDirectory()) await walk(full)
      else files.push(full)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      missing.push({ path: p, reason: code === 'ENOENT' ? msg('file.missing') : readFailure(err).reason })
    }
  }
  return { files, missing, skipped }
}

function refusalOf(err: unknown): { reason: Message } {
  return { reason: msg('file.folder-not-read', { why: readFailure(err).reason }) }
}
