import { parseTagged } from '../../../shared/format'
import type { Command } from '../command'
import { stringOption, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'
import { renderArticle } from './convert'
import { t } from '../../../shared/messages/catalog'

export const show: Command = {
  name: 'show',
  summary: 'Print one article of the library as tagged text, JSON or plain text.',
  usage: 'amud show ID [--to tagged|json|text] [--library PATH]',
  help: `  --to tagged  (default) exactly the bytes \`amud export\` writes for the article
  --to json    the whole article as the library holds it (metadata, document, plain body)
  --to text    author, pull quote and paragraphs, separated by blank lines
${LIBRARY_HELP}`,
  options: { ...libraryOption, to: { type: 'string' } },
  async run(args, io) {
    const [id, ...extra] = args.positionals
    if (!id || extra.length) throw new UsageError('name exactly one article ID')
    const to = stringOption(args, 'to') ?? 'tagged'
    if (!['tagged', 'json', 'text'].includes(to)) throw new UsageError('--to must be tagged, json or text')
    const text = await withLibrary(args, io, (library) => {
      if (to === 'json') return `${JSON.stringify(library.getArticle(id), null, 2)}\n`
      const tagged = library.exportArticle(id).text
      if (to === 'tagged') return tagged
      const parsed = parseTagged(tagged)
      if (!parsed.ok) throw new Error(t(parsed.error.said, 'en'))
      return renderArticle(parsed.article, 'text')
    })
    io.out(text)
    return 0
  }
}
