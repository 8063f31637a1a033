import { extname, relative } from 'node:path'
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/model/article'
import { importTypeRefusal } from '../../../shared/model/file-types'
import type { ImportFile, ImportFileReport, ImportReport } from '../../../shared/api/library'
import type { Command } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'
import { collectImportPaths } from '../../transfer/collect'
import { readImportFile } from '../../transfer/read-file'
import { t } from '../../../shared/messages/catalog'

function isDocx(path: string): boolean {
  return extname(path).toLowerCase() === '.docx'
}

/** The report's message says where ("line 3, column 1: …") for the window; FILE:LINE:COL already does here. */
function withoutPlace(f: ImportFileReport): string {
  const message = english(f)
  const place = `line ${f.line}, column ${f.column ?? 1}: `
  return f.line && message.startsWith(place) ? message.slice(place.length) : message
}

const english = (f: ImportFileReport): string => (f.said ? t(f.said, 'en') : '')

/** The report as --json prints it: each message also rendered, as `message` and `messageAr`, beside its code and params. */
function forJson(f: ImportFileReport): unknown {
  const rendered = f.said ? { message: t(f.said, 'en'), messageAr: t(f.said, 'ar') } : {}
  const warnings = f.warnings.map((w) => ({ ...w, message: t(w.said, 'en'), messageAr: t(w.said, 'ar') }))
  return { ...f, ...rendered, warnings }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import tagged article files and Word documents (or folders of them, recursively) into the library.',
  usage: 'amud import PATH... [--status S] [--author NAME] [--allow-duplicates] [--json] [--library PATH]',
  help: `Reads tagged files (.txt) and Word documents (.docx); a file of any other type named outright fails
as "not supported" (inside a folder, other files are passed over). Each file is imported in its own transaction:
a bad file writes nothing and the others still import.
Authors are matched by name and picture, or created. An article already in the library (same author,
same body once normalized) is skipped unless --allow-duplicates.
A Word document keeps its paragraphs, headings, lists, bold, italic, underline and links; its title is
a Title-styled paragraph or a heading that opens it, its author an "Author"-styled paragraph or a
"بقلم: …" line near the top, its pull quote a "Pull Quote"-styled paragraph. Pictures, footnotes
and tables' grids are dropped, with a warning.
Only regular files are read, and none larger than the format allows (10 MiB for a tagged file,
12 MB for a Word document): a named pipe, a device (even behind a link), a folder named as a file
or a file that cannot be read is "failed FILE: reason", and the other files still import. Inside
a folder, links, pipes, sockets and devices are not read: each is listed as "skipped PATH: reason".
Prints one line per file: "imported FILE ID", "skipped FILE: reason" or "failed FILE:LINE:COL: reason"
(Word documents: "failed FILE: reason"), a "warning FILE: …" line per Word document warning, then a
summary line. With --json, the whole report as JSON.
  --status S          status of the imported articles (draft, editing, ready, published; default draft)
  --author NAME       the author of Word documents that name none
  --allow-duplicates  import even an article that is already in the library
${LIBRARY_HELP}
Exit status: 1 if any file failed or was not found.`,
  options: {
    ...libraryOption,
    status: { type: 'string' },
    author: { type: 'string' },
    'allow-duplicates': { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one file or folder')
    const status = stringOption(args, 'status')
    if (status && !(ARTICLE_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status must be one of ${ARTICLE_STATUSES.join(', ')}`)
    }
    const options = {
      allowDuplicates: flag(args, 'allow-duplicates'),
      ...(status ? { status: status as ArticleStatus } : {})
    }
    const { files: found, missing, skipped } = await collectImportPaths(args.positionals, io.cwd)
    for (const m of missing) io.err(`failed ${m.path}: ${t(m.reason, 'en')}\n`)
    const shown = (p: string): string => relative(io.cwd, p) || p
    // Each file looked at and read before the library opens: what cannot be read fails alone.
    const bytes = new Map<string, Buffer>()
    const unreadable = new Map<string, ImportFileReport>()
    for (const f of found) {
      // A type Amud does not read (.odt, .pdf, an old .doc) is refused for it, unread.
      const refusal = importTypeRefusal(f)
      if (refusal) {
        unreadable.set(shown(f), { name: shown(f), outcome: 'failed', said: refusal, warnings: [] })
        continue
      }
      const r = await readImportFile(f)
      if (r.ok) bytes.set(f, r.bytes)
      else unreadable.set(shown(f), { name: shown(f), outcome: 'failed', said: r.reason, warnings: [] })
    }
    const files = found.filter((f) => bytes.has(f))
    const tagged: ImportFile[] = files.filter((f) => !isDocx(f)).map((f) => ({ name: shown(f), base64: bytes.get(f)!.toString('base64') }))
    const report = await withLibrary(args, io, async (library): Promise<ImportReport> => {
      const byName = new Map<string, ImportFileReport>(unreadable)
      for (const r of library.importFiles(tagged, options).files) byName.set(r.name, r)
      const docx = files.filter(isDocx)
      if (docx.length > 0) {
        // Loaded on demand: mammoth would add ~80 ms to every command's start.
        const { importDocxFile } = await import('../../import/into-library')
        const author = stringOption(args, 'author')
        for (const f of docx) {
          byName.set(shown(f), await importDocxFile(library, shown(f), bytes.get(f)!, { ...options, ...(author ? { authorName: author } : {}) }))
        }
      }
      // Back in the order the files were found, whatever their kind; then what folders held but was not read.
      const reports = found.flatMap((f) => byName.get(shown(f)) ?? [])
      for (const s of skipped) reports.push({ name: shown(s.path), outcome: 'skipped', said: s.reason, warnings: [] })
      const count = (o: ImportFileReport['outcome']): number => reports.filter((r) => r.outcome === o).length
      return { files: reports, imported: count('imported'), skipped: count('skipped'), failed: count('failed') }
    })
    if (flag(args, 'json')) {
      const json = { ...report, files: report.files.map(forJson), missing: missing.map((m) => ({ path: m.path, reason: t(m.reason, 'en') })) }
      io.out(`${JSON.stringify(json, null, 2)}\n`)
    } else {
      for (const f of report.files) {
        if (f.outcome === 'imported') io.out(`imported ${f.name} ${f.articleId}\n`)
        else if (f.outcome === 'skipped') io.out(`skipped ${f.name}: ${english(f)}\n`)
        else io.out(`failed ${f.name}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}: ${withoutPlace(f)}\n`)
        if (isDocx(f.name)) for (const w of f.warnings) io.out(`warning ${f.name}: ${t(w.said, 'en')}\n`)
      }
      io.out(`${report.imported} imported, ${report.skipped} skipped, ${report.failed + missing.length} failed\n`)
    }
    return report.failed > 0 || missing.length > 0 ? 1 : 0
  }
}
