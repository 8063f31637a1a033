import { splitSentences } from '../../../shared/arabic'
import type { Command } from '../command'
import { flag, UsageError } from '../command'
import { readInputFile, textLines } from '../read-input'

export const sentences: Command = {
  name: 'sentences',
  summary: 'Split the body of a file into sentences, with their line and columns.',
  usage: 'amud sentences FILE [--json]',
  help: `Prints one sentence per line as "LINE:STARTCOL-ENDCOL<TAB>SENTENCE" (columns 1-based, inclusive,
counted in characters of the file's line). Reads the pull quote and body of a tagged file, every line
of any other text file.
  --json  an array of {"line", "start", "end", "text"} instead (start/end: 0-based UTF-16 offsets in the line, end exclusive)`,
  options: { json: { type: 'boolean' } },
  run(args, io) {
    const [file, ...extra] = args.positionals
    if (!file || extra.length) throw new UsageError('name exactly one FILE')
    const text = readInputFile(io, file).toString('utf8')
    const found = textLines(text).flatMap(({ line, text: lineText }) =>
      splitSentences(lineText.replace(/\r$/, '')).map((s) => ({ line, start: s.start, end: s.end, text: s.text, lineText }))
    )
    if (flag(args, 'json')) {
      io.out(
        `${JSON.stringify(
          found.map(({ line, start, end, text: t }) => ({ line, start, end, text: t })),
          null,
          2
        )}\n`
      )
      return 0
    }
    for (const s of found) {
      const col = (offset: number): number => Array.from(s.lineText.slice(0, offset)).length
      io.out(`${s.line}:${col(s.start) + 1}-${col(s.end)}\t${s.text}\n`)
    }
    return 0
  }
}
