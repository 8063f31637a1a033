import { resolve } from 'node:path'
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/model/article'
import { EXPORT_FORMATS, isExportFormat } from '../../../shared/export/index'
import type { Command } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'
import { allArticles } from '../article-ids'
import { exportToFolder } from '../../transfer/export-folder'
import { t } from '../../../shared/messages/catalog'

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export articles from the library into a folder: tagged files, HTML, Markdown or Word.',
  usage: 'amud export (--all | --status S | --id ID...) --out DIR [--to FORMAT] [--overwrite] [--library PATH]',
  help: `File names come from the date, the author and the title (Arabic kept, unsafe characters removed);
the extension follows the format (.txt, .html, .md, .docx).
Files are written only inside DIR, and an existing file is kept (reported as skipped) unless --overwrite.
Prints one line per article: "written FILE", "skipped FILE: reason" or "failed ID: reason", then a summary.
  --all          every article not in the trash
  --status S     every article with that status (draft, editing, ready, published)
  --id ID        that article; repeat for several
  --out DIR      the folder (created if missing)
  --to FORMAT    tagged (the publication's plain file, default), html (a page), md (Markdown) or
                 docx (Word, right to left); only tagged needs an author and flattens formatting
  --overwrite    replace files that already exist
${LIBRARY_HELP}
Exit status: 1 if any article failed.`,
  options: {
    ...libraryOption,
    all: { type: 'boolean' },
    status: { type: 'string' },
    id: { type: 'string', multiple: true },
    out: { type: 'string' },
    to: { type: 'string' },
    overwrite: { type: 'boolean' }
  },
  async run(args, io) {
    const out = stringOption(args, 'out')
    if (!out) throw new UsageError('--out DIR is required')
    const status = stringOption(args, 'status')
    const ids = (args.values.id as string[] | undefined) ?? []
    const chosen = [flag(args, 'all'), Boolean(status), ids.length > 0].filter(Boolean).length
    if (chosen !== 1) throw new UsageError('choose exactly one of --all, --status S or --id ID')
    if (status && !(ARTICLE_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status must be one of ${ARTICLE_STATUSES.join(', ')}`)
    }
    const to = stringOption(args, 'to') ?? 'tagged'
    if (!isExportFormat(to)) throw new UsageError(`--to must be one of ${EXPORT_FORMATS.join(', ')}`)
    const report = await withLibrary(args, io, (library) => {
      const wanted = ids.length ? ids : allArticles(library, status as ArticleStatus | undefined).map((a) => a.id)
      // Relative to the caller's directory, as every other path the command takes.
      return exportToFolder(library, wanted, resolve(io.cwd, out), { overwrite: flag(args, 'overwrite'), format: to })
    })
    for (const item of report.items) {
      if (item.outcome === 'written') io.out(`written ${item.file}\n`)
      else if (item.outcome === 'skipped') io.out(`skipped ${item.file}: ${item.said ? t(item.said, 'en') : ''} (add --overwrite to replace it)\n`)
      else io.out(`failed ${item.articleId}: ${item.said ? t(item.said, 'en') : ''}\n`)
    }
    io.out(`${report.written} written, ${report.skipped} skipped, ${report.failed} failed\n`)
    return report.failed > 0 ? 1 : 0
  }
}
