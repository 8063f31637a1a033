import { stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { formatDiagnostic, parseTagged } from '../../../shared/format'
import type { Command } from '../command'
import { UsageError } from '../command'
import { readInputFile } from '../read-input'
import { AmudError } from '../../../shared/model/errors'
import { collectImportPaths } from '../../transfer/collect'
import { t } from '../../../shared/messages/catalog'

/**
 * The files to check, each as it is to be named: a file as typed; a folder walked for its .txt
 * files as `amud import` walks it, each named under the folder as typed. What a folder holds but
 * is not read (a link, a pipe) is said on standard error.
 */
async function filesToCheck(paths: string[], cwd: string, err: (t: string) => void): Promise<string[]> {
  const out: string[] = []
  for (const p of paths) {
    const full = resolve(cwd, p)
    const isFolder = await stat(full).then(
      (s) => s.isDirectory(),
      () => false
    )
    if (!isFolder) {
      out.push(p)
      continue
    }
    const { files, skipped } = await collectImportPaths([full], cwd, ['.txt'])
    out.push(...files.map((f) => join(p, relative(full, f))))
    for (const s of skipped) err(`skipped ${join(p, relative(full, s.path))}: ${t(s.reason, 'en')}\n`)
  }
  return out
}

export const check: Command = {
  name: 'check',
  summary: 'Check tagged article files and report every warning and error.',
  usage: 'amud check PATH...',
  help: `Prints one line per finding, "FILE:LINE:COL: warning: message" or "FILE:LINE:COL: error: message".
A warning is something Amud accepts and normalizes (CRLF, a byte-order mark, another quote mark),
or keeps as written but you should see (an author name with unusual spacing, which makes it an
author of its own); an error makes the file invalid. Prints nothing for a clean file.
A folder is checked whole: every .txt file in it and in its folders, as \`amud import\` reads one.
Name a folder rather than thousands of files: \`npx amud\` hands its arguments to a shell as one line,
which the system caps at 128 KiB, and beyond that npx fails with exit status 249 and no message.
Exit status: 1 if any file is invalid or unreadable, 0 otherwise.`,
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one FILE or folder')
    let failed = false
    for (const file of await filesToCheck(args.positionals, io.cwd, io.err)) {
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
        io.out(`${formatDiagnostic(file, w, 'warning: ')}\n`)
      }
      if (!result.ok) {
        io.out(`${formatDiagnostic(file, result.error, 'error: ')}\n`)
        failed = true
      }
    }
    return failed ? 1 : 0
  }
}
