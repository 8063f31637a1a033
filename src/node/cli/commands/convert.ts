import { writeTagged, type TaggedArticle } from '../../../shared/format'
import type { Command } from '../command'
import { stringOption, UsageError } from '../command'
import { parseTaggedFile } from '../parse-file'

export const CONVERT_TARGETS = ['tagged', 'json', 'text'] as const
type Target = (typeof CONVERT_TARGETS)[number]

export function renderArticle(article: TaggedArticle, to: Target): string {
  switch (to) {
    case 'tagged':
      // Canonical bytes, no newline added: a canonical file comes back byte for byte.
      return writeTagged(article)
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`
    case 'text':
      return `${[article.authorName, ...(article.pullQuote ? [article.pullQuote] : []), ...article.paragraphs].join('\n\n')}\n`
  }
}

export const convert: Command = {
  name: 'convert',
  summary: 'Convert a tagged article file to canonical tagged text, JSON or plain text.',
  usage: 'amud convert FILE --to tagged|json|text',
  help: `Writes to standard output; warnings go to standard error.
  --to tagged  the canonical tagged form, with no newline after the last line
               (a canonical file comes back byte for byte)
  --to json    {"authorName", "authorPictureUrl", "pullQuote", "paragraphs"} as indented JSON
  --to text    author, pull quote and paragraphs, separated by blank lines
Exit status: 1 if the file is invalid or unreadable.`,
  options: { to: { type: 'string' } },
  run(args, io) {
    const to = stringOption(args, 'to')
    const [file, ...extra] = args.positionals
    if (!file || extra.length) throw new UsageError('name exactly one FILE')
    if (!to || !(CONVERT_TARGETS as readonly string[]).includes(to)) throw new UsageError('--to must be tagged, json or text')
    io.out(renderArticle(parseTaggedFile(io, file), to as Target))
    return 0
  }
}
