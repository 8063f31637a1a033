import { formatDiagnostic, parseTagged, type TaggedArticle } from '../../shared/format'
import { AmudError } from '../../shared/model/errors'
import type { CliIo } from './command'
import { readInputFile } from './read-input'

/** Parses a tagged file for a command: warnings go to standard error, an invalid file throws. */
export function parseTaggedFile(io: CliIo, file: string): TaggedArticle {
  const result = parseTagged(readInputFile(io, file))
  for (const w of result.warnings) io.err(`${formatDiagnostic(file, w, 'warning: ')}\n`)
  if (!result.ok) throw new AmudError('invalid', formatDiagnostic(file, result.error))
  return result.article
}
