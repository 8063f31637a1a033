// Turns the paths a user names into the files to import: files as named, folders walked
// recursively for the formats Amud reads. Sorted, so reports come out in a stable order.
import { readdirSync, statSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'

/** Tagged files, and Word documents (read by src/node/import/docx.ts). */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.docx']

export interface CollectedPaths {
  files: string[]
  /** Paths that do not exist or cannot be read, with the reason. */
  missing: { path: string; reason: string }[]
}

export function collectImportPaths(paths: string[], cwd: string, extensions = IMPORTABLE_EXTENSIONS): CollectedPaths {
  const files: string[] = []
  const missing: CollectedPaths['missing'] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) files.push(full)
    }
  }
  for (const p of paths) {
    const full = resolve(cwd, p)
    try {
      if (statSync(full).isDirectory()) walk(full)
      else files.push(full)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      missing.push({ path: p, reason: code === 'ENOENT' ? 'no such file or folder' : String(err) })
    }
  }
  return { files, missing }
}
