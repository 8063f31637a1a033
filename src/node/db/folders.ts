import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * mkdir -p, one level at a time: Node's recursive mkdir loops forever on some special file
 * systems (e.g. under /proc), and a clear error beats a hang.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = []
  let at = folder
  while (!existsSync(at)) {
    missing.push(at)
    const up = dirname(at)
    if (up === at) break
    at = up
  }
  for (const f of missing.reverse()) mkdirSync(f)
}
