// Writes articles into one folder, as tagged files or as HTML, Markdown or Word documents:
// never outside it, never over an existing file unless asked, each file written whole
// (temporary file, then rename).
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { basename, join, resolve, sep } from 'node:path'
import type { LibraryService } from '../../shared/api/library'
import { FORMAT_EXTENSIONS, toHtml, toMarkdown, type ExportFormat } from '../../shared/export/index'
import { AmudError } from '../../shared/model/errors'
import { exportFileName } from '../library/index'

export interface FolderExportItem {
  articleId: string
  outcome: 'written' | 'skipped' | 'failed'
  file?: string
  message?: string
}

export interface FolderExportReport {
  items: FolderExportItem[]
  written: number
  skipped: number
  failed: number
}

export interface FolderExportOptions {
  overwrite?: boolean
  /** Default 'tagged' (the library's own export, with its checks); the file extension follows. */
  format?: ExportFormat
  onProgress?: (done: number, total: number) => void
}

/** "name.txt", "name (2).txt", …: the first name not already used in this export. */
function uniqueName(fileName: string, extension: string, used: Set<string>): string {
  const stem = fileName.replace(/\.txt$/i, '')
  let candidate = `${stem}${extension}`
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`
  used.add(candidate.toLowerCase())
  return candidate
}

interface Rendered {
  fileName: string
  data: string | Buffer
}

async function render(library: Pick<LibraryService, 'exportArticle' | 'getArticle'>, id: string, format: ExportFormat): Promise<Rendered> {
  if (format === 'tagged') {
    const exported = library.exportArticle(id)
    return { fileName: exported.fileName, data: exported.text }
  }
  // The rich formats need no author and hold what the tagged file cannot, so they read the
  // article itself; the name is the one the tagged export would give, with another extension.
  const a = library.getArticle(id)
  const fileName = exportFileName(new Date(a.publishedAt ?? a.updatedAt), a.author?.name ?? null, a.title)
  if (format === 'html') return { fileName, data: toHtml(a, { standalone: true }) }
  if (format === 'md') return { fileName, data: toMarkdown(a) }
  // Loaded on demand: the docx package would add ~60 ms to every command's start.
  const { toDocx } = await import('../export/docx')
  const data = await toDocx(a)
  return { fileName, data }
}

export async function exportToFolder(
  library: Pick<LibraryService, 'exportArticle' | 'getArticle'>,
  ids: string[],
  dir: string,
  options: FolderExportOptions = {}
): Promise<FolderExportReport> {
  const format = options.format ?? 'tagged'
  const root = resolve(dir)
  try {
    mkdirSync(root, { recursive: true })
  } catch (err) {
    throw new AmudError('io', `cannot create the export folder ${root}: ${(err as Error).message}`)
  }
  const used = new Set<string>()
  const items: FolderExportItem[] = []
  for (const [i, articleId] of ids.entries()) {
    try {
      const exported = await render(library, articleId, format)
      // basename() drops any folder part a crafted name could carry.
      const name = uniqueName(basename(exported.fileName), FORMAT_EXTENSIONS[format], used)
      const target = join(root, name)
      if (!target.startsWith(root + sep)) throw new AmudError('invalid', `unsafe file name ${JSON.stringify(name)}`)
      if (existsSync(target) && !options.overwrite) {
        items.push({ articleId, outcome: 'skipped', file: target, message: `${name} already exists (use overwrite to replace it)` })
      } else {
        const temp = `${target}.amud-tmp`
        writeFileSync(temp, exported.data)
        renameSync(temp, target)
        items.push({ articleId, outcome: 'written', file: target })
      }
    } catch (err) {
      items.push({ articleId, outcome: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
    options.onProgress?.(i + 1, ids.length)
  }
  const count = (o: FolderExportItem['outcome']): number => items.filter((x) => x.outcome === o).length
  return { items, written: count('written'), skipped: count('skipped'), failed: count('failed') }
}
