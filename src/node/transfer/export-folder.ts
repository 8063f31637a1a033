// Writes articles into one folder, as tagged files or as HTML, Markdown or Word documents:
// never outside it, never over an existing file unless asked, each file written whole
// (files/atomic-write.ts). Every file-system call is asynchronous and bounded in time, and
// system folders (/proc, /sys, /dev) are refused before any is made: an export must never
// stall the host that runs it.
import { lstat, mkdir } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'
import type { LibraryService } from '../../shared/api/library'
import type { Article } from '../../shared/model/article'
import type { FolderExportItem, FolderExportReport } from '../../shared/api/transfer'
import { exportFormat, toHtml, toMarkdown, type ExportFormat } from '../../shared/export/index'
import { AmudError, errorSaid } from '../../shared/model/errors'
import { writeFileAtomic } from '../files/atomic-write'
import { refusePseudoFileSystem } from '../files/pseudo-fs'
import { withTimeLimit } from '../files/time-limit'
import { exportFileName } from '../library/index'
import { msg } from '../../shared/messages/catalog'

export type { FolderExportItem, FolderExportReport } from '../../shared/api/transfer'

export interface FolderExportOptions {
  overwrite?: boolean
  /** Default 'tagged' (the library's own export, with its checks); the file extension follows. */
  format?: ExportFormat
  onProgress?: (done: number, total: number) => void
  /** The Word writer. Loaded on demand when not given; see transfer/service.ts for who passes it and why. */
  toDocx?: DocxWriter
}

export type DocxWriter = (article: Article) => Promise<Buffer>

/** "name.txt", "name (2).txt", …: the first name not already used in this export. */
function uniqueName(fileName: string, extension: string, used: Set<string>): string {
  const stem = fileName.replace(/\.txt$/i, '')
  let candidate = `${stem}${extension}`
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`
  used.add(candidate.toLowerCase())
  return candidate
}

export interface Rendered {
  /** The tagged export's name (….txt), whatever the format: callers put the extension on. */
  fileName: string
  data: string | Buffer
}

type ExportLibrary = Pick<LibraryService, 'exportArticle' | 'getArticle'>

/** How one format's file is made from the library. */
type FormatWriter = (library: ExportLibrary, id: string, writeDocx?: DocxWriter) => Promise<Rendered>

/**
 * The rich formats need no author and hold what the tagged file cannot, so they read the
 * article itself; the name is the one the tagged export would give, with another extension.
 */
function fromArticle(write: (article: Article, writeDocx?: DocxWriter) => string | Buffer | Promise<string | Buffer>): FormatWriter {
  return async (library, id, writeDocx) => {
    const a = library.getArticle(id)
    const fileName = exportFileName(new Date(a.publishedAt ?? a.updatedAt), a.author?.name ?? null, a.title)
    return { fileName, data: await write(a, writeDocx) }
  }
}

/** Every format in shared/export/formats.ts has its writer here: one missing does not compile. */
const WRITERS: Record<ExportFormat, FormatWriter> = {
  tagged: async (library, id) => {
    const exported = library.exportArticle(id)
    return { fileName: exported.fileName, data: exported.text }
  },
  html: fromArticle((a) => toHtml(a, { standalone: true })),
  md: fromArticle((a) => toMarkdown(a)),
  // Loaded on demand: the docx package would add ~60 ms to every command's start.
  docx: fromArticle(async (a, writeDocx) => (writeDocx ?? (await import('../export/docx')).toDocx)(a))
}

export function renderForExport(library: ExportLibrary, id: string, format: ExportFormat, writeDocx?: DocxWriter): Promise<Rendered> {
  return WRITERS[format](library, id, writeDocx)
}

/** Anything by that name, a dangling symlink included, is "already there". */
async function exists(path: string): Promise<boolean> {
  try {
    await withTimeLimit(msg('task.looking-up', { path }), () => lstat(path))
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
}

export async function exportToFolder(library: ExportLibrary, ids: string[], dir: string, options: FolderExportOptions = {}): Promise<FolderExportReport> {
  const format = options.format ?? 'tagged'
  const root = resolve(dir)
  await refusePseudoFileSystem(root)
  const creating = msg('task.creating-export-folder', { path: root })
  try {
    await withTimeLimit(creating, () => mkdir(root, { recursive: true }))
  } catch (err) {
    if (err instanceof AmudError) throw err
    const reason = (err as Error).message
    throw AmudError.saying('io', msg('err.cannot-create-export-folder', { root, reason }))
  }
  const used = new Set<string>()
  const items: FolderExportItem[] = []
  for (const [i, articleId] of ids.entries()) {
    try {
      const exported = await renderForExport(library, articleId, format, options.toDocx)
      // basename() drops any folder part a crafted name could carry.
      const name = uniqueName(basename(exported.fileName), exportFormat(format).extension, used)
      const target = join(root, name)
      if (!target.startsWith(root + sep)) throw new AmudError('invalid', `unsafe file name ${JSON.stringify(name)}`)
      if (!options.overwrite && (await exists(target))) {
        // How to replace it is each host's to say (a button in the window, --overwrite in the command).
        items.push({ articleId, outcome: 'skipped', file: target, said: msg('err.file-exists', { name }) })
      } else {
        await writeFileAtomic(target, exported.data)
        items.push({ articleId, outcome: 'written', file: target })
      }
    } catch (err) {
      // The library's and the format's refusals (no author…) carry their message; anything else its English.
      items.push({ articleId, outcome: 'failed', said: errorSaid(err) })
    }
    options.onProgress?.(i + 1, ids.length)
    // A turn of the event loop between files lets the progress events leave the process while
    // a long export runs, and keeps other calls answered meanwhile.
    if (i + 1 < ids.length) await new Promise((done) => setImmediate(done))
  }
  const count = (o: FolderExportItem['outcome']): number => items.filter((x) => x.outcome === o).length
  return { items, written: count('written'), skipped: count('skipped'), failed: count('failed') }
}
