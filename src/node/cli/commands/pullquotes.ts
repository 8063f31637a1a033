import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { paragraphsFromDocument } from '../../../shared/document'
import { DEFAULT_TOP, evaluatePullQuote, rankPullQuotes, type PullQuoteCandidate, type QuoteEvaluation } from '../../../shared/pullquote'
import type { CliIo, Command, ParsedArgs } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'
import { parseTaggedFile } from '../parse-file'
import { t } from '../../../shared/messages/catalog'

/** An article to propose pull quotes for, wherever it came from. */
export interface PullQuoteSource {
  /** How the output names it: the file as given, or the library ID. */
  label: string
  /** A library article's title, for the reader of the report (a file has none to show). */
  title?: string
  paragraphs: string[]
  pullQuote: string | null
}

/** The library's article IDs are UUIDs (see `amud list`). */
const ARTICLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function looksLikeArticleId(arg: string): boolean {
  return ARTICLE_ID.test(arg)
}

/**
 * A file wins over the library: an argument naming an existing file is read as a tagged file,
 * even if it happens to look like an ID. Otherwise an ID is looked up in the library, and
 * anything else is a file that cannot be read (the error names it).
 */
export async function loadSource(io: CliIo, arg: string, args: ParsedArgs): Promise<PullQuoteSource> {
  if (looksLikeArticleId(arg) && !existsSync(resolve(io.cwd, arg))) {
    return withLibrary(args, io, (library) => {
      const article = library.getArticle(arg)
      // The body as the app ranks it: paragraphs of the editor's document, in order.
      return {
        label: article.id,
        title: article.title,
        paragraphs: paragraphsFromDocument(article.document),
        pullQuote: article.pullQuote.trim() === '' ? null : article.pullQuote
      }
    })
  }
  const article = parseTaggedFile(io, arg)
  return { label: arg, paragraphs: article.paragraphs, pullQuote: article.pullQuote }
}

function parseTop(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TOP
  if (!/^[1-9][0-9]{0,3}$/.test(value)) throw new UsageError('--top must be a whole number from 1 to 9999')
  return Number(value)
}

function signed(n: number): string {
  return `${n > 0 ? '+' : ''}${n}`
}

function renderCandidate(c: PullQuoteCandidate, rank: number): string {
  const head = `${rank}. score ${c.score.toFixed(2)}  paragraph ${c.paragraph + 1}, characters ${c.start}–${c.end}, ${c.words} words, ${c.kind}`
  const reasons = c.reasons.map((r) => `     ${signed(r.weight).padStart(4)}  ${t(r.said, 'en')} — ${t(r.said, 'ar')}`)
  return [head, `   ${c.text}`, ...reasons, ''].join('\n')
}

/** The sentence about the file's own pull quote, the part an editor reads first. */
export function describeOwnQuote(ev: QuoteEvaluation | null, top: number, none = 'line 2 is empty'): string {
  if (!ev || ev.location.state === 'empty') return `Its own pull quote: none (${none}).`
  const { location: loc, rank } = ev
  if (loc.state === 'missing') {
    return `Its own pull quote is not in the body (best similarity ${(loc.similarity ?? 0).toFixed(2)}): it no longer says what the body says.`
  }
  const at = `paragraph ${loc.paragraph! + 1}, similarity ${loc.similarity!.toFixed(2)}`
  if (rank === null) return `Its own pull quote (${at}) is not among the candidates: no proposal covers it.`
  if (rank <= top) return `Its own pull quote (${at}) is among them: candidate ${rank}.`
  return `Its own pull quote (${at}) is not among the top ${top}: it ranks ${rank}.`
}

export const pullquotes: Command = {
  name: 'pullquotes',
  summary: 'Propose pull quotes from the body of a tagged file or a library article, and say where its own pull quote ranks.',
  usage: 'amud pullquotes FILE|ID [--top N] [--json] [--library PATH]',
  help: `Ranks sentences of the body (and clause runs cut from over-long sentences, and pairs of short
sentences that read as one thought) by the features in docs/pull-quotes.md. The article's own pull
quote (line 2 of a file) is ignored while ranking; afterwards the output says whether it is among
the candidates and at which rank, or that it is no longer in the body.
  FILE     a tagged file
  ID       an article of the library (an ID as \`amud list\` prints it), ranked from its body's
           paragraphs as the app ranks them; an existing file of that name is read as a file
  --top N  how many candidates to print (default ${DEFAULT_TOP})
  --json   {"source", "title"?, "top", "candidates": [...], "ownPullQuote": {"text", "location", "rank", "inTop"} | null}
           (paragraph: 0-based; start/end: UTF-16 offsets in that paragraph, end exclusive)
${LIBRARY_HELP}
Exit status: 1 if the file is invalid or unreadable, or the library has no such article.`,
  options: { ...libraryOption, top: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const top = parseTop(stringOption(args, 'top'))
    const [arg, ...extra] = args.positionals
    if (!arg || extra.length) throw new UsageError('name exactly one FILE or article ID')
    const source = await loadSource(io, arg, args)
    const candidates = rankPullQuotes(source.paragraphs, { top })
    const own = source.pullQuote ? evaluatePullQuote(source.paragraphs, source.pullQuote) : null
    if (flag(args, 'json')) {
      const ownPullQuote = own && {
        text: source.pullQuote,
        location: own.location,
        rank: own.rank,
        inTop: own.rank !== null && own.rank <= top
      }
      const title = source.title === undefined ? {} : { title: source.title }
      // Each reason also rendered, as documented: { code, weight, ar, en } beside its message.
      const rendered = candidates.map((c) => ({
        ...c,
        reasons: c.reasons.map((r) => ({ code: r.code, weight: r.weight, ar: t(r.said, 'ar'), en: t(r.said, 'en'), said: r.said }))
      }))
      io.out(`${JSON.stringify({ source: source.label, ...title, top, candidates: rendered, ownPullQuote }, null, 2)}\n`)
      return 0
    }
    const count = candidates.length === 1 ? '1 candidate' : `${candidates.length} candidates`
    const name = source.title ? `${source.label} “${source.title}”` : source.label
    io.out(`${name}: ${count} from the body (its own pull quote ignored while ranking)\n\n`)
    candidates.forEach((c, i) => io.out(`${renderCandidate(c, i + 1)}\n`))
    io.out(`${describeOwnQuote(own, top, source.title === undefined ? undefined : 'the article has none yet')}\n`)
    return 0
  }
}
