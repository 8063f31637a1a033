import { DEFAULT_TOP, evaluatePullQuote, rankPullQuotes, type PullQuoteCandidate, type QuoteEvaluation } from '../../../shared/pullquote'
import type { CliIo, Command } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { parseTaggedFile } from '../parse-file'

/** An article to propose pull quotes for, wherever it came from. */
export interface PullQuoteSource {
  /** How the output names it: the file as given (later: the library ID). */
  label: string
  paragraphs: string[]
  pullQuote: string | null
}

/**
 * Today a tagged file; an article ID from the library is the form still to come. The one place to
 * add it: decide here whether the argument names a file or an ID and read the article either way.
 */
export function loadSource(io: CliIo, arg: string): PullQuoteSource {
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
  const reasons = c.reasons.map((r) => `     ${signed(r.weight).padStart(4)}  ${r.en} — ${r.ar}`)
  return [head, `   ${c.text}`, ...reasons, ''].join('\n')
}

/** The sentence about the file's own pull quote, the part an editor reads first. */
export function describeOwnQuote(ev: QuoteEvaluation | null, top: number): string {
  if (!ev) return 'Its own pull quote: none (line 2 is empty).'
  const { location: loc, rank } = ev
  if (loc.state === 'empty') return 'Its own pull quote: none (line 2 is empty).'
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
  summary: 'Propose pull quotes from the body of a tagged file, and say where its own pull quote ranks.',
  usage: 'amud pullquotes FILE [--top N] [--json]',
  help: `Ranks sentences of the body (and clause runs cut from over-long sentences, and pairs of short
sentences that read as one thought) by the features in docs/pull-quotes.md. The file's own pull
quote (line 2) is ignored while ranking; afterwards the output says whether it is among the
candidates and at which rank, or that it is no longer in the body.
  --top N  how many candidates to print (default ${DEFAULT_TOP})
  --json   {"source", "top", "candidates": [...], "ownPullQuote": {"text", "location", "rank", "inTop"} | null}
           (paragraph: 0-based; start/end: UTF-16 offsets in that paragraph, end exclusive)
Coming: amud pullquotes ID, an article from the library by its ID. Today FILE only.
Exit status: 1 if the file is invalid or unreadable.`,
  options: { top: { type: 'string' }, json: { type: 'boolean' } },
  run(args, io) {
    const top = parseTop(stringOption(args, 'top'))
    const [arg, ...extra] = args.positionals
    if (!arg || extra.length) throw new UsageError('name exactly one FILE')
    const source = loadSource(io, arg)
    const candidates = rankPullQuotes(source.paragraphs, { top })
    const own = source.pullQuote ? evaluatePullQuote(source.paragraphs, source.pullQuote) : null
    if (flag(args, 'json')) {
      const ownPullQuote = own && {
        text: source.pullQuote,
        location: own.location,
        rank: own.rank,
        inTop: own.rank !== null && own.rank <= top
      }
      io.out(`${JSON.stringify({ source: source.label, top, candidates, ownPullQuote }, null, 2)}\n`)
      return 0
    }
    const count = candidates.length === 1 ? '1 candidate' : `${candidates.length} candidates`
    io.out(`${source.label}: ${count} from the body (its own pull quote ignored while ranking)\n\n`)
    candidates.forEach((c, i) => io.out(`${renderCandidate(c, i + 1)}\n`))
    io.out(`${describeOwnQuote(own, top)}\n`)
    return 0
  }
}
