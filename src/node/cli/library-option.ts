// Every library command takes --library PATH; AMUD_LIBRARY and then the app's own library
// file are the defaults, so the command and the app share one archive unless told otherwise.
import { resolve } from 'node:path'
import { defaultLibraryPath, openLibrary, type Library, type MigrationProgress } from '../library'
import type { CliIo, ParsedArgs } from './command'
import { stringOption } from './command'

export const libraryOption = { library: { type: 'string' } } as const

export const LIBRARY_HELP = `  --library PATH  the library file (default: $AMUD_LIBRARY, else the app's own library.sqlite)`

export function libraryPath(args: ParsedArgs, io: CliIo): string {
  const chosen = stringOption(args, 'library') ?? io.env.AMUD_LIBRARY
  return chosen ? resolve(io.cwd, chosen) : defaultLibraryPath()
}

/** Tells the person, on stderr, how far a long upgrade of the library has come. */
export function upgradeReporter(io: CliIo): (p: MigrationProgress) => void {
  let shown = -1
  return (p) => {
    if (p.total < 2000) return
    const percent = Math.floor((100 * p.done) / p.total)
    if (percent === shown || (percent % 10 !== 0 && p.done !== p.total)) return
    shown = percent
    io.err(`upgrading the library: search index ${p.done} of ${p.total} articles\n`)
  }
}

export async function withLibrary<T>(args: ParsedArgs, io: CliIo, fn: (library: Library) => T | Promise<T>): Promise<T> {
  const library = openLibrary(libraryPath(args, io), { onUpgrade: upgradeReporter(io) })
  try {
    return await fn(library)
  } finally {
    library.close()
  }
}
