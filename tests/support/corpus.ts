// The SaudiNewsNet corpus lives beside the repository (../shared/corpus), never inside it.
// Tests and benchmarks that need it call corpusPath() and say plainly when it is absent.
import { existsSync, createReadStream } from 'node:fs'
import { resolve } from 'node:path'
import { createGunzip } from 'node:zlib'
import { createInterface } from 'node:readline'
import type { TaggedArticle } from '../../src/shared/format'

export interface CorpusArticle {
  source: string
  url: string
  date: string
  title: string
  author: string
  body: string
}

const CANDIDATES = [
  process.env.AMUD_CORPUS,
  resolve(__dirname, '../../../shared/corpus/saudinewsnet-2015.jsonl.gz')
].filter((p): p is string => Boolean(p))

export function corpusPath(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

export const CORPUS_ABSENT =
  'The SaudiNewsNet corpus is absent (expected ../shared/corpus/saudinewsnet-2015.jsonl.gz beside the repository, or AMUD_CORPUS): skipped.'

export async function* readCorpus(limit = Infinity): AsyncGenerator<CorpusArticle> {
  const path = corpusPath()
  if (!path) throw new Error(CORPUS_ABSENT)
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity })
  let n = 0
  for await (const line of lines) {
    if (!line.trim()) continue
    yield JSON.parse(line) as CorpusArticle
    if (++n >= limit) break
  }
}

export async function loadCorpus(limit = Infinity): Promise<CorpusArticle[]> {
  const all: CorpusArticle[] = []
  for await (const a of readCorpus(limit)) all.push(a)
  return all
}

/**
 * A corpus article in the tagged format's model. The corpus has no pictures or pull quotes:
 * the picture stays empty and the pull quote is the body's first line (trimmed to a sentence),
 * which is what a hurried editor would do.
 */
export function corpusToTagged(a: CorpusArticle): TaggedArticle {
  const paragraphs = a.body
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
  const first = paragraphs[0] ?? a.title
  const end = first.search(/[.؟!]/)
  const pullQuote = (end > 0 ? first.slice(0, end + 1) : first).trim()
  return {
    authorName: a.author.replace(/\s+/g, ' ').trim() || a.source,
    authorPictureUrl: null,
    pullQuote: pullQuote || null,
    paragraphs: paragraphs.length ? paragraphs : [a.title.trim() || 'بلا عنوان']
  }
}
