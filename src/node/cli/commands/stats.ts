import { statSync } from 'node:fs'
import { ARTICLE_STATUSES } from '../../../shared/model/article'
import type { Command } from '../command'
import { flag } from '../command'
import { LIBRARY_HELP, libraryOption, libraryPath, withLibrary } from '../library-option'

export const stats: Command = {
  name: 'stats',
  summary: "Count the articles by status, the authors, and the library's size on disk.",
  usage: 'amud stats [--json] [--library PATH]',
  help: `Prints "NAME<TAB>VALUE" lines: each status, trash, total, authors, bytes (the library file and its WAL).
  --json  the same as a JSON object
${LIBRARY_HELP}`,
  options: { ...libraryOption, json: { type: 'boolean' } },
  async run(args, io) {
    const path = libraryPath(args, io)
    const figures = await withLibrary(args, io, (library) => {
      const counts = library.countByStatus()
      const size = (p: string): number => {
        try {
          return statSync(p).size
        } catch {
          return 0
        }
      }
      return { ...counts, authors: library.listAuthors().length, bytes: size(path) + size(`${path}-wal`) }
    })
    if (flag(args, 'json')) {
      io.out(`${JSON.stringify({ library: path, ...figures }, null, 2)}\n`)
      return 0
    }
    io.out(`library\t${path}\n`)
    for (const key of [...ARTICLE_STATUSES, 'trash', 'total', 'authors', 'bytes'] as const) io.out(`${key}\t${figures[key]}\n`)
    return 0
  }
}
