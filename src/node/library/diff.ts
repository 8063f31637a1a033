// Revision diffs: paragraphs are matched first (LCS); a run of removed paragraphs facing a run
// of added ones is paired up in order, and each pair that still shares words becomes a
// 'change' with a word-level diff inside. Whitespace is kept as its own token, so the parts
// of a diff concatenate back to exactly the old (equal+delete) or new (equal+insert) text.
import type { ParagraphDiff, WordDiffPart } from '../../shared/api/library'
import { diffSequences } from './lcs'

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((t) => t !== '')
}

function isWord(t: string): boolean {
  return /\S/.test(t)
}

export function countWordTokens(text: string): number {
  return tokens(text).filter(isWord).length
}

function push(parts: WordDiffPart[], op: WordDiffPart['op'], text: string): void {
  const last = parts[parts.length - 1]
  if (last && last.op === op) last.text += text
  else parts.push({ op, text })
}

export function diffWords(from: string, to: string): WordDiffPart[] {
  const a = tokens(from)
  const b = tokens(to)
  const parts: WordDiffPart[] = []
  for (const e of diffSequences(a, b)) {
    if (e.op === 'equal') push(parts, 'equal', a[e.a]!)
    else if (e.op === 'delete') push(parts, 'delete', a[e.a]!)
    else push(parts, 'insert', b[e.b]!)
  }
  return parts
}

export interface DiffStats {
  wordsInserted: number
  wordsDeleted: number
}

export function addStats(stats: DiffStats, parts: readonly WordDiffPart[]): void {
  for (const p of parts) {
    if (p.op === 'insert') stats.wordsInserted += countWordTokens(p.text)
    if (p.op === 'delete') stats.wordsDeleted += countWordTokens(p.text)
  }
}

function sharesWords(parts: readonly WordDiffPart[]): boolean {
  return parts.some((p) => p.op === 'equal' && isWord(p.text))
}

function flushRun(deleted: string[], inserted: string[], out: ParagraphDiff[]): void {
  const pairs = Math.min(deleted.length, inserted.length)
  for (let k = 0; k < pairs; k++) {
    const parts = diffWords(deleted[k]!, inserted[k]!)
    if (sharesWords(parts)) out.push({ op: 'change', parts })
    else {
      out.push({ op: 'delete', parts: [{ op: 'delete', text: deleted[k]! }] })
      out.push({ op: 'insert', parts: [{ op: 'insert', text: inserted[k]! }] })
    }
  }
  for (const p of deleted.slice(pairs)) out.push({ op: 'delete', parts: [{ op: 'delete', text: p }] })
  for (const p of inserted.slice(pairs)) out.push({ op: 'insert', parts: [{ op: 'insert', text: p }] })
  deleted.length = 0
  inserted.length = 0
}

export function diffParagraphs(from: readonly string[], to: readonly string[]): ParagraphDiff[] {
  const out: ParagraphDiff[] = []
  const deleted: string[] = []
  const inserted: string[] = []
  for (const e of diffSequences(from, to)) {
    if (e.op === 'delete') deleted.push(from[e.a]!)
    else if (e.op === 'insert') inserted.push(to[e.b]!)
    else {
      flushRun(deleted, inserted, out)
      out.push({ op: 'equal', parts: [{ op: 'equal', text: from[e.a]! }] })
    }
  }
  flushRun(deleted, inserted, out)
  return out
}

export function statsOf(title: readonly WordDiffPart[], pullQuote: readonly WordDiffPart[], paragraphs: readonly ParagraphDiff[]): DiffStats {
  const stats = { wordsInserted: 0, wordsDeleted: 0 }
  addStats(stats, title)
  addStats(stats, pullQuote)
  for (const p of paragraphs) addStats(stats, p.parts)
  return stats
}
