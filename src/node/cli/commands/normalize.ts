import { normalizeArabic } from '../../../shared/arabic'
import type { Command } from '../command'
import { UsageError } from '../command'

export const normalize: Command = {
  name: 'normalize',
  summary: "Print TEXT as Amud's search sees it (alef and hamza forms folded, tashkeel and tatweel removed…).",
  usage: 'amud normalize TEXT...',
  help: `Prints the search normalization of TEXT (several arguments are joined with one space), then a newline.
Two spellings that print the same are found by the same search.`,
  run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('give the TEXT to normalize')
    io.out(`${normalizeArabic(args.positionals.join(' '))}\n`)
    return 0
  }
}
