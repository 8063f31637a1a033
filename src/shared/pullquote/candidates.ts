// What may be proposed: whole sentences; for a sentence too long to quote, runs of its clauses
// that fit; and two short adjacent sentences of one paragraph read together. Spans only: the
// scorer decides which are good.
import { splitSentences, tokenizeWords } from '../arabic'
import { featureWords, IDEAL_MAX_WORDS, IDEAL_MIN_WORDS, opensDependent, opensWithContrast } from './features'
import type { CandidateKind } from './types'

export interface CandidateSpan {
  paragraph: number
  start: number
  end: number
  kind: CandidateKind
  /** Counted by the Arabic core's tokenizer, once per sentence. */
  words: number
}

/** Each sentence of a pair at most this long, so a pair stays a glance long (≤ 40 words). */
export const PAIR_SENTENCE_MAX_WORDS = 20

// A clause ends at an Arabic or Latin comma, semicolon or colon followed by a space.
const CLAUSE_END = /[،؛:,;](?=\s)/g

interface Clause {
  start: number
  /** Before the clause mark, so a cut span does not end on a dangling comma. */
  end: number
  words: number
}

function clausesOf(paragraph: string, s: { start: number; end: number }): Clause[] {
  const text = paragraph.slice(s.start, s.end)
  const out: Clause[] = []
  let from = 0
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++
    if (b > a) out.push({ start: s.start + a, end: s.start + b, words: tokenizeWords(text.slice(a, b)).length })
  }
  for (const m of text.matchAll(CLAUSE_END)) {
    push(from, m.index)
    from = m.index + 1
  }
  push(from, text.length)
  return out
}

/**
 * Longest runs of whole clauses within the ideal length, one per starting clause: the editor's
 * usual trim keeps a complete clause chain and drops the rest.
 */
function clauseSpans(paragraph: string, p: number, s: { start: number; end: number }): CandidateSpan[] {
  const clauses = clausesOf(paragraph, s)
  const out: CandidateSpan[] = []
  let lastEnd = -1
  for (let i = 0; i < clauses.length; i++) {
    let words = 0
    let j = i
    while (j < clauses.length && words + clauses[j]!.words <= IDEAL_MAX_WORDS) words += clauses[j++]!.words
    if (j === i || words < IDEAL_MIN_WORDS) continue
    const last = clauses[j - 1]!
    // A run ending where the previous one ended is that run minus its head: nothing new.
    if (last.end === lastEnd) continue
    lastEnd = last.end
    const end = j === clauses.length ? s.end : last.end
    out.push({ paragraph: p, start: clauses[i]!.start, end, kind: 'clause', words })
  }
  return out
}

interface Sentence {
  start: number
  end: number
  text: string
  words: number
}

/**
 * Two sentences read as one thought when one is too short to stand alone, when the second leans
 * on the first (هذا، ذلك، وهو…) or turns it (لكن، بل، غير أن), or answers the first's question.
 * Any other neighbours are two thoughts: joining them would only add up their features.
 */
function readsAsOne(a: Sentence, b: Sentence): boolean {
  if (a.words > PAIR_SENTENCE_MAX_WORDS || b.words > PAIR_SENTENCE_MAX_WORDS) return false
  if (Math.min(a.words, b.words) < IDEAL_MIN_WORDS) return true
  if (/[؟?][\s\p{P}]*$/u.test(a.text)) return true
  const ws = featureWords(b.text.slice(0, 40))
  return opensDependent(ws) || opensWithContrast(ws)
}

export function candidateSpans(paragraphs: readonly string[]): CandidateSpan[] {
  const out: CandidateSpan[] = []
  paragraphs.forEach((paragraph, p) => {
    const sentences: Sentence[] = splitSentences(paragraph).map((s) => ({ ...s, words: tokenizeWords(s.text).length }))
    sentences.forEach((s, i) => {
      if (s.words === 0) return
      out.push({ paragraph: p, start: s.start, end: s.end, kind: 'sentence', words: s.words })
      if (s.words > IDEAL_MAX_WORDS) out.push(...clauseSpans(paragraph, p, s))
      const next = sentences[i + 1]
      if (next && next.words > 0 && readsAsOne(s, next)) {
        out.push({ paragraph: p, start: s.start, end: next.end, kind: 'pair', words: s.words + next.words })
      }
    })
  })
  return out
}
