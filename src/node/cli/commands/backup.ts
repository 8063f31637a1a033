import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from '../command'
import { flag, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, libraryPath, withLibrary } from '../library-option'
import { restoreLibraryFromBackup } from '../../library'

export const backup: Command = {
  name: 'backup',
  summary: 'Copy the library, consistent even while the app is writing, to FILE.',
  usage: 'amud backup FILE [--overwrite] [--library PATH]',
  help: `Uses SQLite's online backup, so the copy is whole even if the app is open.
  --overwrite  replace FILE if it exists
${LIBRARY_HELP}`,
  options: { ...libraryOption, overwrite: { type: 'boolean' } },
  async run(args, io) {
    const [file, ...extra] = args.positionals
    if (!file || extra.length) throw new UsageError('name exactly one FILE')
    const target = resolve(io.cwd, file)
    if (existsSync(target) && !flag(args, 'overwrite')) throw new UsageError(`${file} exists; add --overwrite to replace it`)
    await withLibrary(args, io, (library) => library.backup(target))
    io.out(`backed up to ${target}\n`)
    return 0
  }
}

export const restore: Command = {
  name: 'restore',
  summary: 'Replace the library with a backup, after checking the backup is whole.',
  usage: 'amud restore FILE [--library PATH]',
  help: `The backup is checked first (it opens, passes SQLite's integrity check, and was not written by a
newer Amud); only then is the library replaced, in place: an app or browser host that has the
library open sees the restored library, and an article it still holds meets a conflict at its
next save instead of overwriting the restored text. A copy of the library as it was is kept
beside it as library.sqlite.before-restore-TIME.
${LIBRARY_HELP}`,
  options: { ...libraryOption },
  async run(args, io) {
    const [file, ...extra] = args.positionals
    if (!file || extra.length) throw new UsageError('name exactly one backup FILE')
    const target = libraryPath(args, io)
    const kept = await restoreLibraryFromBackup(target, resolve(io.cwd, file))
    io.out(`restored ${target} from ${file}${kept ? `; the previous library is kept as ${kept}` : ''}\n`)
    return 0
  }
}
