import { formatDiagnostic, parseTagged } from '../../../shared/format'
import type { Command } from '../command'
import { UsageError } from '../command'
import { readInputFile } from '../read-input'
import { AmudError } from '../../../shared/model/errors'

export const check: Command = {
  name: 'check',
  summary: 'Check tagged article files and report every warning and error.',
  usage: 'amud check FILE...',
  help: `Prints one line per finding, "FILE:LINE:COL: warning: message" or "FILE:LINE:COL: error: message".
A warning is something Amud accepts and normalizes (CRLF, a byte-order mark, another quote mark),
or keeps as written but you should see (an author name with unusual spacing, which makes it an
author of its own); an error makes the file invalid. Prints nothing for a clean file.
Exit status: 1 if any file is invalid or unreadable, 0 otherwise.`,
  run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one FILE')
    let failed = false
    for (const file of args.positionals) {
      let bytes: Buffer
      try {
        bytes = readInputFile(io, file)
      } catch (err) {
        if (!(err instanceof AmudError)) throw err
        io.err(`${err.message}\n`)
        failed = true
        continue
      }
      const result = parseTagged(bytes)
      const notes = result.ok ? result.notes : []
      for (const w of [...result.warnings, ...notes].sort((a, b) => a.line - b.line || a.column - b.column)) {
        io.out(`${formatDiagnostic(file, { ...w, message: `warning: ${w.message}` })}\n`)
      }
      if (!result.ok) {
        io.out(`${formatDiagnostic(file, { ...result.error, message: `error: ${result.error.message}` })}\n`)
        failed = true
      }
    }
    return failed ? 1 : 0
  }
}
