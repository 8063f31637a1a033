// What the eye misses in a line of exported text, as tokens the export view draws as styled
// spans: spaces at the end of a line, no-break spaces, tatweel runs, bidi controls and other
// invisible characters. Pure, so it is tested without a DOM. Every token keeps its characters:
// the spans' text put together is the line exactly (a mark's label is drawn by CSS, not text).

export type MarkKind = 'trailing-space' | 'nbsp' | 'tatweel' | 'bidi' | 'invisible'

export type Token = { kind: 'text'; text: string } | { kind: MarkKind; text: string; label: string }

/** Bidi controls by their usual short names (Unicode's own abbreviations). */
export const BIDI_CONTROLS: Readonly<Record<string, string>> = {
  '\u061C': 'ALM',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI'
}

/** Characters that take no room and change nothing a reader sees in this font, or nearly. */
const INVISIBLE: Readonly<Record<string, string>> = {
  '\u200B': 'ZWSP',
  '\u200C': 'ZWNJ',
  '\u200D': 'ZWJ',
  '\u2060': 'WJ',
  '\uFEFF': 'BOM',
  '\u00AD': 'SHY',
  '\r': 'CR'
}

const NBSP = '\u00A0'
const TATWEEL = '\u0640'
const TRAILING = /[ \t\u00A0\r]+$/

function classify(ch: string, trailing: boolean): { kind: MarkKind; label: string } | null {
  if (ch === NBSP) return { kind: 'nbsp', label: 'NBSP' }
  if (ch === TATWEEL) return { kind: 'tatweel', label: 'ـ' }
  const bidi = BIDI_CONTROLS[ch]
  if (bidi) return { kind: 'bidi', label: bidi }
  const invisible = INVISIBLE[ch]
  if (invisible) return { kind: 'invisible', label: invisible }
  if (trailing && (ch === ' ' || ch === '\t')) return { kind: 'trailing-space', label: ch === '\t' ? '⇥' : '·' }
  return null
}

/** Runs of the same mark merge (three trailing spaces are one mark); each bidi control stays alone. */
function merges(kind: MarkKind): boolean {
  return kind === 'trailing-space' || kind === 'tatweel' || kind === 'nbsp'
}

export function tokenizeLine(line: string): Token[] {
  const trailingFrom = line.length - (TRAILING.exec(line)?.[0].length ?? 0)
  const tokens: Token[] = []
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    const mark = classify(ch, i >= trailingFrom)
    const last = tokens[tokens.length - 1]
    if (!mark) {
      if (last?.kind === 'text') last.text += ch
      else tokens.push({ kind: 'text', text: ch })
    } else if (last && last.kind === mark.kind && merges(mark.kind) && 'label' in last) {
      last.text += ch
      if (mark.kind === 'tatweel') last.label = `ـ×${last.text.length}`
      else if (mark.kind === 'trailing-space') last.label += mark.label
    } else {
      tokens.push({ kind: mark.kind, text: ch, label: mark.label })
    }
  }
  return tokens
}

export interface SplitText {
  lines: string[]
  /** The text ends with a line break: the last line shown is the one before it. */
  finalNewline: boolean
}

/** Lines as a file has them; "\r" stays at a line's end, where it shows as an invisible mark. */
export function splitLines(text: string): SplitText {
  const lines = text.split('\n')
  const finalNewline = lines.length > 1 && lines[lines.length - 1] === ''
  if (finalNewline) lines.pop()
  return { lines, finalNewline }
}

/** The text back from its lines: what the export view's spans read, put together. */
export function joinLines({ lines, finalNewline }: SplitText): string {
  return lines.join('\n') + (finalNewline ? '\n' : '')
}

export function markCounts(text: string): Record<MarkKind, number> {
  const counts: Record<MarkKind, number> = { 'trailing-space': 0, nbsp: 0, tatweel: 0, bidi: 0, invisible: 0 }
  for (const line of splitLines(text).lines) for (const t of tokenizeLine(line)) if (t.kind !== 'text') counts[t.kind] += 1
  return counts
}
