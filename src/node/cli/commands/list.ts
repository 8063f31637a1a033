import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/model/article'
import type { Command } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'
import { allArticles } from '../article-ids'

export const list: Command = {
  name: 'list',
  summary: 'List the articles in the library, most recently updated first.',
  usage: 'amud list [--status S] [--json] [--library PATH]',
  help: `Prints one line per article, tab-separated: ID, STATUS, UPDATED (ISO time), WORDS, AUTHOR, TITLE.
  --status S  only articles with that status (draft, editing, ready, published)
  --json      an array of article summaries instead
${LIBRARY_HELP}`,
  options: { ...libraryOption, status: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const status = stringOption(args, 'status')
    if (status && !(ARTICLE_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status must be one of ${ARTICLE_STATUSES.join(', ')}`)
    }
    const items = await withLibrary(args, io, (library) => allArticles(library, status as ArticleStatus | undefined))
    if (flag(args, 'json')) {
      io.out(`${JSON.stringify(items, null, 2)}\n`)
      return 0
    }
    for (const a of items) {
      io.out(`${[a.id, a.status, a.updatedAt, a.wordCount, a.author?.name ?? '', a.title].join('\t')}\n`)
    }
    return 0
  }
}
