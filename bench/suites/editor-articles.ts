// The editor benchmark's articles: corpus paragraphs concatenated in corpus order until an
// article reaches its word count (the last paragraph cut to fit), and the text to type,
// Arabic letters and spaces taken from paragraphs the articles do not use.
import { countWords } from '../../src/shared/arabic'
import { readCorpus } from '../../tests/support/corpus'

export interface BenchArticle {
  /** Short name for the figures, e.g. "36k". */
  label: string
  title: string
  /** The first sentence, as a hurried editor would choose (tests/support/corpus does the same). */
  pullQuote: string
  paragraphs: string[]
  words: number
}

export interface ArticleSpec {
  label: string
  words: number
}

function paragraphsOf(body: string): string[] {
  return body
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
}

/** The longest prefix of `paragraph`, in whole space-separated tokens, with at most `words` words. */
function cut(paragraph: string, words: number): string {
  const tokens = paragraph.split(' ')
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (countWords(tokens.slice(0, mid).join(' ')) <= words) lo = mid
    else hi = mid - 1
  }
  return tokens.slice(0, lo).join(' ')
}

function takeWords(paragraphs: readonly string[], words: number): { paragraphs: string[]; used: number } {
  const out: string[] = []
  let total = 0
  let used = 0
  for (const p of paragraphs) {
    if (total >= words) break
    used++
    const n = countWords(p)
    if (total + n <= words) {
      out.push(p)
      total += n
      continue
    }
    const part = cut(p, words - total)
    if (part) {
      out.push(part)
      total += countWords(part)
    }
    break
  }
  if (total < words) throw new Error(`the corpus has only ${total} words; the benchmark needs ${words}`)
  return { paragraphs: out, used }
}

/**
 * Builds one article per spec (each a prefix of the same paragraph stream) and `typedCount`
 * strings of `typedLength` characters to type: each starts with a space, so typing at the
 * end of a paragraph starts a new word, and holds only Arabic letters and single spaces.
 */
export async function buildBenchArticles(
  specs: readonly ArticleSpec[],
  typedCount: number,
  typedLength: number
): Promise<{ articles: BenchArticle[]; typed: string[] }> {
  const most = Math.max(...specs.map((s) => s.words))
  const stream: string[] = []
  let streamWords = 0
  let typedSource = ''
  const typedNeeded = typedCount * typedLength * 2
  for await (const a of readCorpus()) {
    for (const p of paragraphsOf(a.body)) {
      if (streamWords < most + 1000) {
        stream.push(p)
        streamWords += countWords(p)
      } else {
        typedSource +=
          ' ' +
          p
            .replace(/[^\u0621-\u063A\u0641-\u064A\s]/g, '')
            .replace(/\s+/g, ' ')
            .trim()
      }
    }
    if (typedSource.length >= typedNeeded) break
  }
  typedSource = typedSource.replace(/\s+/g, ' ').trim()
  if (typedSource.length < typedNeeded) throw new Error('the corpus is too short for the text to type')

  const articles = specs.map((spec) => {
    const { paragraphs } = takeWords(stream, spec.words)
    const words = paragraphs.reduce((n, p) => n + countWords(p), 0)
    const first = paragraphs[0] ?? ''
    const end = first.search(/[.؟!]/)
    const pullQuote = (end > 0 ? first.slice(0, end + 1) : first).slice(0, 200).trim()
    return { label: spec.label, title: `محرر: مقال من ${words} كلمة`, pullQuote, paragraphs, words }
  })
  const typed: string[] = []
  let at = 0
  for (let i = 0; i < typedCount; i++) {
    // Start each string on a word boundary, then make it exactly typedLength characters.
    at = typedSource.indexOf(' ', at) + 1
    typed.push(' ' + typedSource.slice(at, at + typedLength - 1))
    at += typedLength * 2
  }
  return { articles, typed }
}
