// The body as the tagged export writes it (paragraphsFromDocument), plus where line breaks sit
// inside its paragraphs: those are joined into spaces on the way out, and the checklist wants
// to point at them. Offsets are into the exported paragraph strings, so a jump lands on text
// the person can see.
import type { SerializedDocNode, SerializedDocument } from '../model/article'
import { paragraphsFromDocument } from '../document/index'

export interface TextRange {
  paragraph: number
  start: number
  end: number
}

export interface BodyText {
  paragraphs: string[]
  /** Line breaks with text on both sides (one at a paragraph's edge is simply trimmed). */
  breaks: TextRange[]
}

// A space to String.prototype.trim(), so a block that is only breaks is dropped exactly as the
// real conversion drops it and paragraph numbers stay in step; one UTF-16 unit, like the space
// each break becomes, so offsets stay in step too.
const MARK = '\u1680'
const BREAK_CHARS = /[\r\n\v\f\u0085\u2028\u2029]/g

function marked(node: SerializedDocNode): SerializedDocNode {
  if (node.type === 'linebreak') return { type: 'text', version: 1, text: MARK }
  if (node.type === 'text' && typeof node.text === 'string') return { ...node, text: node.text.replace(BREAK_CHARS, MARK) }
  return Array.isArray(node.children) ? { ...node, children: node.children.map(marked) } : node
}

export function bodyText(doc: SerializedDocument): BodyText {
  const paragraphs = paragraphsFromDocument(doc)
  const breaks: TextRange[] = []
  if (!doc || !doc.root) return { paragraphs, breaks }
  const withMarks = paragraphsFromDocument({ root: marked(doc.root) as SerializedDocument['root'] })
  if (withMarks.length !== paragraphs.length) return { paragraphs, breaks }
  withMarks.forEach((m, p) => {
    const real = paragraphs[p] as string
    for (let i = m.indexOf(MARK); i !== -1; i = m.indexOf(MARK, i)) {
      let end = i
      // A real U+1680 in the text is not a break: only places the two versions differ are.
      while (end < m.length && m[end] === MARK && real[end] !== MARK) end++
      if (end === i) {
        i++
        continue
      }
      if (real.slice(0, i).trim() !== '' && real.slice(end).trim() !== '') breaks.push({ paragraph: p, start: i, end })
      i = end
    }
  })
  return { paragraphs, breaks }
}

/** Every match of `pattern` (a global regular expression) in the paragraphs, in reading order. */
export function findAll(paragraphs: readonly string[], pattern: RegExp): (TextRange & { text: string })[] {
  const out: (TextRange & { text: string })[] = []
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(pattern)) out.push({ paragraph, start: m.index, end: m.index + m[0].length, text: m[0] })
  })
  return out
}

// Placeholders a writer leaves for later, as Ghost's "TK" reminder finds them. Word edges are
// letters or digits of any script, so "TK" inside "TKO" or an Arabic word is not one.
const PLACEHOLDERS = [
  /(?<![\p{L}\p{N}_])TK(?![\p{L}\p{N}_])/gu,
  /(?<![\p{L}\p{N}_])(?:x{2,}|X{2,})(?![\p{L}\p{N}_])/gu,
  /[؟?]{3,}/gu,
  /\[\s*(?:\.{2,}|…)\s*\]/gu
]

export function findPlaceholders(paragraphs: readonly string[]): (TextRange & { text: string })[] {
  return PLACEHOLDERS.flatMap((re) => findAll(paragraphs, re)).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
}

/** The author shortcode's own tags: a WordPress-style reader would take them for markup. */
export const SHORTCODE = /\[\s*\/?\s*author(?![\p{L}\p{N}_-])/giu
