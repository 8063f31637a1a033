// Serves the built renderer (out/renderer) and nothing outside it. Lookups are asynchronous:
// no request may hold the host's one thread on the disk.
import { realpath, stat as statFile } from 'node:fs/promises'
import { extname, join, posix, sep } from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm'
}

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export type StaticTarget = { kind: 'file'; file: string; size: number; type: string; immutable: boolean } | { kind: 'not-found' } | { kind: 'bad-request' }

async function fileIn(root: string, candidate: string): Promise<{ file: string; size: number } | null> {
  try {
    // realpath: a symlink inside the build must not lead outside it either.
    const real = await realpath(candidate)
    if (real !== root && !real.startsWith(root + sep)) return null
    const stat = await statFile(real)
    return stat.isFile() ? { file: real, size: stat.size } : null
  } catch {
    return null
  }
}

/**
 * Maps a request path to a file under `root` (which must be a real, absolute path). Paths
 * without an extension that match no file get index.html, so the app's own routes reload.
 */
export async function resolveStatic(root: string, urlPath: string): Promise<StaticTarget> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { kind: 'bad-request' }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad-request' }
  // Normalized as a URL path from "/", so ".." can never climb above the root.
  const relative = posix.normalize(`/${decoded}`).replace(/^\/+/, '')
  if (relative.split('/').includes('..')) return { kind: 'bad-request' }
  const wanted = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative
  const found = await fileIn(root, join(root, ...wanted.split('/')))
  if (found) {
    return {
      kind: 'file',
      ...found,
      type: mimeType(found.file),
      // Vite puts a content hash in every file name under assets/.
      immutable: relative.startsWith('assets/')
    }
  }
  if (extname(relative) === '') {
    const index = await fileIn(root, join(root, 'index.html'))
    if (index) return { kind: 'file', ...index, type: MIME['.html'] as string, immutable: false }
  }
  return { kind: 'not-found' }
}
