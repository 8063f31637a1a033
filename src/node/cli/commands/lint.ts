import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkTypography, fixAllTypography } from '../../../shared/arabic'
import type { Command } from '../command'
import { flag, UsageError } from '../command'
import { readInputFile, textLines } from '../read-input'
import { t } from '../../../shared/messages/catalog'

/** 1-based column in characters (not UTF-16 units) of a string offset. */
function columnOf(line: string, offset: number): number {
  return Array.from(line.slice(0, offset)).length + 1
}

export const lint: Command = {
  name: 'lint',
  summary: 'Report (or fix) Arabic typography problems: punctuation, spacing, quotes, tatweel, digits.',
  usage: 'amud lint FILE [--fix]',
  help: `Checks the pull quote and body lines of a tagged file (every line of any other text file).
Prints "FILE:LINE:COL: RULE: message" for each finding, and the fix where there is one.
  --fix  rewrites the file in place with every fix applied: prints "FILE:LINE:COL: fixed RULE: message"
         for each fix (at its place in the file as it was), a summary line, then what is left
Exit status: 1 if any finding remains (after --fix: any that has no automatic fix), 0 otherwise.`,
  options: { fix: { type: 'boolean' } },
  run(args, io) {
    const [file, ...extra] = args.positionals
    if (!file || extra.length) throw new UsageError('name exactly one FILE')
    const original = readInputFile(io, file).toString('utf8')
    let text = original
    if (flag(args, 'fix')) {
      const lines = text.split('\n')
      let fixed = 0
      let changedLines = 0
      for (const { line, text: before } of textLines(text)) {
        const i = line - 1
        const raw = lines[i] ?? ''
        const cr = raw.endsWith('\r') ? '\r' : ''
        const after = fixAllTypography(cr ? raw.slice(0, -1) : raw)
        if (after === before) continue
        // What was fixed, said as the check found it in the line before the fix.
        for (const issue of checkTypography(before)) {
          if (!issue.fix) continue
          fixed++
          io.out(`${file}:${line}:${columnOf(before, issue.start)}: fixed ${issue.rule}: ${t(issue.said, 'en')}\n`)
        }
        changedLines++
        lines[i] = after + cr
      }
      text = lines.join('\n')
      if (text !== original) writeFileSync(resolve(io.cwd, file), text)
      io.out(text === original ? `${file}: nothing to fix\n` : `${file}: ${fixed} fix(es) applied on ${changedLines} line(s); the file was rewritten\n`)
    }
    let remaining = 0
    for (const { line, text: lineText } of textLines(text)) {
      for (const issue of checkTypography(lineText)) {
        remaining++
        const col = columnOf(lineText, issue.start)
        const fix = issue.fix ? ` (fix: ${JSON.stringify(issue.fix.replacement)})` : ''
        io.out(`${file}:${line}:${col}: ${issue.rule}: ${t(issue.said, 'en')}${fix}\n`)
      }
    }
    return remaining > 0 ? 1 : 0
  }
}
