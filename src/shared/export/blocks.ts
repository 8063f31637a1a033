// The editor's document (Lexical JSON, from anywhere: the editor, an import, an older version)
// reduced to the few shapes every rich export writes: paragraphs, headings, quotes, lists, and
// inside them text with bold/italic/underline, line breaks and safe links. HTML, Markdown and
// DOCX all walk this instead of the raw JSON, so they agree on what an odd document means.
import type { SerializedDocNode, SerializedDocument } from '../model/article'
import { detectDirection, type Direction } from './direction'
import { isSafeHref } from './links'

export const BOLD = 1
export const ITALIC = 2
export const STRIKETHROUGH = 4
export const UNDERLINE = 8
const KEPT_FORMATS = BOLD | ITALIC | STRIKETHROUGH | UNDERLINE

export type Inline = { kind: 'text'; text: string; format: number } | { kind: 'break' } | { kind: 'link'; url: string; children: Inline[] }

export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'quote'
  /** 2–6 for headings (the title is the only level 1), 0 otherwise. */
  level: number
  dir: Direction
  inlines: Inline[]
}

export interface ListItem {
  dir: Direction
  inlines: Inline[]
  /** Lists nested under this item. */
  lists: ListBlock[]
}

export interface ListBlock {
  kind: 'list'
  ordered: boolean
  start: number
  items: ListItem[]
}

export type Block = TextBlock | ListBlock

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'code', 'table', 'tablerow', 'tablecell'])

function kids(node: SerializedDocNode): SerializedDocNode[] {
  return Array.isArray(node.children) ? node.children : []
}

function formatBits(format: unknown): number {
  if (typeof format === 'number') return format & KEPT_FORMATS
  // Lexical's compact export may name a single format.
  return format === 'bold' ? BOLD : format === 'italic' ? ITALIC : format === 'underline' ? UNDERLINE : format === 'strikethrough' ? STRIKETHROUGH : 0
}

function inlinesOf(nodes: SerializedDocNode[]): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) {
    if (node.type === 'linebreak') out.push({ kind: 'break' })
    else if (node.type === 'tab') out.push({ kind: 'text', text: '\t', format: 0 })
    else if (node.type === 'text') {
      if (typeof node.text === 'string' && node.text !== '') out.push({ kind: 'text', text: node.text, format: formatBits(node.format) })
    } else if (node.type === 'link' || node.type === 'autolink') {
      const url = typeof node.url === 'string' ? node.url.trim() : ''
      const children = inlinesOf(kids(node))
      // A refused address loses its link, never its text.
      if (isSafeHref(url)) out.push({ kind: 'link', url, children })
      else out.push(...children)
    } else if (Array.isArray(node.children)) out.push(...inlinesOf(node.children))
    else if (typeof node.text === 'string' && node.text !== '') out.push({ kind: 'text', text: node.text, format: 0 })
  }
  return mergeRuns(out)
}

/** Adjacent text of one format becomes one run, so writers emit one <strong>, not three. */
function mergeRuns(inlines: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const x of inlines) {
    const last = out[out.length - 1]
    if (x.kind === 'text' && last?.kind === 'text' && last.format === x.format) out[out.length - 1] = { ...last, text: last.text + x.text }
    else out.push(x)
  }
  return out
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((x) => (x.kind === 'text' ? x.text : x.kind === 'break' ? '\n' : inlineText(x.children))).join('')
}

function directionOf(node: SerializedDocNode, inlines: Inline[]): Direction {
  // The person's own choice, saved by the editor as node state, wins over detection.
  const state = node.$
  if (typeof state === 'object' && state !== null) {
    const v = (state as Record<string, unknown>).amudDir
    if (v === 'rtl' || v === 'ltr') return v
  }
  return detectDirection(inlineText(inlines))
}

function textBlock(kind: TextBlock['kind'], node: SerializedDocNode, level = 0): TextBlock[] {
  const inlines = inlinesOf(kids(node))
  if (inlineText(inlines).trim() === '') return []
  return [{ kind, level, dir: directionOf(node, inlines), inlines }]
}

function headingLevel(tag: unknown): number {
  const n = typeof tag === 'string' ? Number(tag.slice(1)) : NaN
  return Number.isInteger(n) ? Math.min(6, Math.max(2, n)) : 2
}

function listBlock(node: SerializedDocNode): ListBlock {
  const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start > 0 ? node.start : 1
  const list: ListBlock = { kind: 'list', ordered: node.listType === 'number', start, items: [] }
  for (const child of kids(node)) {
    const nested = kids(child)
      .filter((c) => c.type === 'list')
      .map(listBlock)
    const inlines = inlinesOf(kids(child).filter((c) => c.type !== 'list'))
    const last = list.items[list.items.length - 1]
    // Lexical keeps a nested list in an item of its own; semantically it belongs to the item before.
    if (inlineText(inlines).trim() === '' && nested.length > 0 && last) last.lists.push(...nested)
    else if (inlineText(inlines).trim() !== '' || nested.length > 0) list.items.push({ dir: directionOf(child, inlines), inlines, lists: nested })
  }
  return list
}

function blocksOf(node: SerializedDocNode): Block[] {
  switch (node.type) {
    case 'paragraph':
      return textBlock('paragraph', node)
    case 'heading':
      return textBlock('heading', node, headingLevel(node.tag))
    case 'quote':
      return textBlock('quote', node)
    case 'list': {
      const list = listBlock(node)
      return list.items.length > 0 ? [list] : []
    }
    default: {
      // A container of blocks (table, layout…) gives its blocks; anything else is one paragraph.
      const children = kids(node)
      if (children.some((c) => BLOCK_TYPES.has(c.type))) return blocksFromNodes(children)
      return textBlock('paragraph', { ...node, children: children.length > 0 ? children : [node] })
    }
  }
}

function blocksFromNodes(nodes: SerializedDocNode[]): Block[] {
  const out: Block[] = []
  let loose: SerializedDocNode[] = []
  // Inline nodes straight under a container (a malformed document) are gathered into a paragraph.
  const flush = (): void => {
    if (loose.length > 0) out.push(...textBlock('paragraph', { type: 'paragraph', version: 1, children: loose }))
    loose = []
  }
  for (const node of nodes) {
    const isInline = node.type === 'text' || node.type === 'linebreak' || node.type === 'tab' || node.type === 'link' || node.type === 'autolink'
    if (isInline) loose.push(node)
    else {
      flush()
      out.push(...blocksOf(node))
    }
  }
  flush()
  return out
}

export function blocksFromDocument(doc: SerializedDocument): Block[] {
  return doc && doc.root && Array.isArray(doc.root.children) ? blocksFromNodes(doc.root.children) : []
}
