import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { AmudError } from '../../shared/model/errors'
import type { CliIo } from './command'

/** Reads a file named on the command line; a missing or unreadable file is an AmudError naming it. */
export function readInputFile(io: CliIo, file: string): Buffer {
  try {
    return readFileSync(resolve(io.cwd, file))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String(err)
    throw new AmudError('io', `${file}: cannot read: ${why}`)
  }
}

/**
 * The lines of a file's body as they stand in the file, with their 1-based line numbers: in a
 * tagged file, the pull quote (line 2) and the lines after the tatweel separator; in any other
 * text, every line. Line-based so that reports point at the exact line and column.
 */
export function textLines(text: string): { line: number; text: string }[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const tagged = /^\s*\[author\b/.test(lines[0] ?? '')
  const separator = tagged ? lines.findIndex((l) => /^\u0640+$/.test(l.trim())) : -1
  return lines
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter(({ line }) => !tagged || line === 2 || (separator >= 0 && line > separator + 1))
    .filter(({ text: t }) => t.trim() !== '')
}
