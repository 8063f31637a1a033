// The SaudiNewsNet corpus lives beside the repository (../shared/corpus), never inside it.
// Tests and benchmarks that need it call corpusPath() and say plainly when it is absent.
// AMUD_CORPUS names another copy; AMUD_NO_SHARED=1 hides it as it hides the whole shared folder.
import { existsSync, createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { createInterface } from 'node:readline'
import type { TaggedArticle } from '../../src/shared/format'
import { sharedFile, sharedHidden } from './shared'

export interface CorpusArticle {
  source: string
  url: string
  date: string
  title: string
  author: string
  body: string
}

const CORPUS_FILE = 'corpus/saudinewsnet-2015.jsonl.gz'

export function corpusPath(): string | null {
  if (sharedHidden()) return null
  const named = process.env.AMUD_CORPUS
  if (named && existsSync(named)) return named
  return sharedFile(CORPUS_FILE)
}

export const CORPUS_ABSENT = sharedHidden()
  ? 'The SaudiNewsNet corpus is hidden by AMUD_NO_SHARED: skipped.'
  : `The SaudiNewsNet corpus is absent (expected ../shared/${CORPUS_FILE} beside the repository, or AMUD_CORPUS): skipped.`

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
