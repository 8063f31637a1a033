// Every library command takes --library PATH; AMUD_LIBRARY and then the app's own library
// file are the defaults, so the command and the app share one archive unless told otherwise.
import { resolve } from 'node:path'
import { defaultLibraryPath, openLibrary, type Library } from '../library'
import type { CliIo, ParsedArgs } from './command'
import { stringOption } from './command'

export const libraryOption = { library: { type: 'string' } } as const

export const LIBRARY_HELP = `  --library PATH  the library file (default: $AMUD_LIBRARY, else the app's own library.sqlite)`

export function libraryPath(args: ParsedArgs, io: CliIo): string {
  const chosen = stringOption(args, 'library') ?? io.env.AMUD_LIBRARY
  return chosen ? resolve(io.cwd, chosen) : defaultLibraryPath()
}

export async function withLibrary<T>(args: ParsedArgs, io: CliIo, fn: (library: Library) => T | Promise<T>): Promise<T> {
  const library = openLibrary(libraryPath(args, io))
  try {
    return await fn(library)
  } finally {
    library.close()
  }
}
