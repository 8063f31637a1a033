import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkTypography, fixAllTypography } from '../../../shared/arabic'
import type { Command } from '../command'
import { flag, UsageError } from '../command'
import { readInputFile, textLines } from '../read-input'

export const lint: Command = {
  name: 'lint',
  summary: 'Report (or fix) Arabic typography problems: punctuation, spacing, quotes, tatweel, digits.',
  usage: 'amud lint FILE [--fix]',
  help: `Checks the pull quote and body lines of a tagged file (every line of any other text file).
Prints "FILE:LINE:COL: RULE: message" for each finding, and the fix where there is one.
  --fix  rewrites the file in place with every fix applied, and prints what is left
Exit status: 1 if any finding remains (after --fix: any that has no automatic fix), 0 otherwise.`,
  options: { fix: { type: 'boolean' } },
  run(args, io) {
    const [file, ...extra] = args.positionals
    if (!file || extra.length) throw new UsageError('name exactly one FILE')
    const original = readInputFile(io, file).toString('utf8')
    let text = original
    if (flag(args, 'fix')) {
      const lines = text.split('\n')
      for (const { line } of textLines(text)) {
        const i = line - 1
        const raw = lines[i] ?? ''
        const cr = raw.endsWith('\r') ? '\r' : ''
        lines[i] = fixAllTypography(cr ? raw.slice(0, -1) : raw) + cr
      }
      text = lines.join('\n')
      if (text !== original) writeFileSync(resolve(io.cwd, file), text)
    }
    let remaining = 0
    for (const { line, text: lineText } of textLines(text)) {
      for (const issue of checkTypography(lineText)) {
        remaining++
        const col = Array.from(lineText.slice(0, issue.start)).length + 1
        const fix = issue.fix ? ` (fix: ${JSON.stringify(issue.fix.replacement)})` : ''
        io.out(`${file}:${line}:${col}: ${issue.rule}: ${issue.message}${fix}\n`)
      }
    }
    return remaining > 0 ? 1 : 0
  }
}
