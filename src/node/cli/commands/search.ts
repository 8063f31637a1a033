import type { Range } from '../../../shared/api/library'
import type { Command } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'

/** Wraps each highlighted range in [ ] so hits stand out in a terminal or a log. */
export function markRanges(text: string, ranges: Range[]): string {
  let out = ''
  let at = 0
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue
    out += `${text.slice(at, s)}[${text.slice(s, e)}]`
    at = e
  }
  return out + text.slice(at)
}

export const SEARCH_SYNTAX_HELP = `Query syntax:
  crisis words       every word must appear; each also finds its forms with و ف ب ك ل, ال and
                     attached pronouns (الأزمة finds للأزمة، والأزمة، أزمته), exact form first
  "exact phrase"     these words in this order, exactly as typed: no forms added
  -word, -"phrase"   leave out articles that have it
  word1 OR word2     either of them (OR in capitals)
  word*              words starting with it (الحكوم* finds حكومة، بالحكومات)
A query that makes no sense as syntax is searched as plain words.`

export const search: Command = {
  name: 'search',
  summary: 'Search the library; finds every form of a word (للأزمة for الأزمة) and any spelling of hamza, alef, ى/ي, ة/ه, tashkeel or digits.',
  usage: 'amud search QUERY [--json] [--limit N] [--library PATH]',
  help: `${SEARCH_SYNTAX_HELP}
Prints the best matches first, two lines each: "ID<TAB>TITLE" and an indented snippet with hits in [ ],
then how many articles match in all.
  --limit N  at most N results, a whole number from 1 to 200 (default 20)
  --json     the hits as JSON, with highlight ranges into the original text, and "total"
${LIBRARY_HELP}`,
  options: { ...libraryOption, json: { type: 'boolean' }, limit: { type: 'string' } },
  async run(args, io) {
    const query = args.positionals.join(' ')
    if (!query.trim()) throw new UsageError('give the QUERY')
    const limitText = stringOption(args, 'limit')
    const limit = limitText === undefined ? 20 : Number(limitText)
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit must be a whole number from 1 to 200')
    const result = await withLibrary(args, io, (library) => library.search({ query, limit, countAll: true }))
    if (flag(args, 'json')) {
      io.out(`${JSON.stringify(result, null, 2)}\n`)
      return 0
    }
    for (const hit of result.hits) {
      io.out(`${hit.article.id}\t${markRanges(hit.article.title, hit.titleHighlights)}\n`)
      io.out(`    ${markRanges(hit.snippet.text, hit.snippet.highlights)}\n`)
    }
    const total = result.total ?? result.hits.length
    if (total === 0) io.err('no article matches\n')
    else io.out(`${total} ${total === 1 ? 'article matches' : 'articles match'}${total > result.hits.length ? ` (${result.hits.length} shown)` : ''}\n`)
    return 0
  }
}
