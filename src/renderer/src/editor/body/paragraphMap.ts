// The body as plain paragraphs, read from the live editor, with where each character came from.
// The pull-quote engine works on the paragraphs `paragraphsFromDocument` makes of the saved
// document; a candidate's (paragraph, start, end) only means something in the editor if both
// flatten the tree the same way. So this walks the same rules (src/shared/document/
// to-paragraphs.ts) over live nodes, keeping each text node's key beside its offsets; a unit
// test holds the two equal.
import { $getRoot, $isElementNode, $isLineBreakNode, $isTabNode, $isTextNode, type LexicalNode, type NodeKey } from 'lexical'

/** A text node's share of a paragraph: characters [start, end) are that node's text. */
export interface Piece {
  key: NodeKey
  start: number
  end: number
}

export interface MappedParagraph {
  text: string
  pieces: Piece[]
}

/** A point inside a text node, as Lexical selections and DOM ranges address it. */
export interface TextPoint {
  key: NodeKey
  offset: number
}

// The element types to-paragraphs.ts treats as blocks (only these can be in an article).
const BLOCK_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'code', 'table', 'tablerow', 'tablecell'])

function isBlock(node: LexicalNode): boolean {
  if (!$isElementNode(node)) return false
  if (BLOCK_TYPES.has(node.getType())) return true
  return node.getChildren().some((c) => BLOCK_TYPES.has(c.getType()))
}

function collectBlock(block: LexicalNode, out: MappedParagraph[]): void {
  let text = ''
  let pieces: Piece[] = []
  const flush = (): void => {
    // Same length as the original: offsets stay valid.
    const clean = text.replace(/[\t\r\n]/g, ' ')
    if (clean.trim() !== '') out.push({ text: clean, pieces })
    text = ''
    pieces = []
  }
  const visitInline = (node: LexicalNode): void => {
    if ($isElementNode(node)) {
      if (isBlock(node)) {
        flush()
        collectBlock(node, out)
      } else for (const c of node.getChildren()) visitInline(c)
      return
    }
    if ($isLineBreakNode(node) || $isTabNode(node)) {
      text += ' '
      return
    }
    if ($isTextNode(node)) {
      const t = node.getTextContent()
      if (t !== '') pieces.push({ key: node.getKey(), start: text.length, end: text.length + t.length })
      text += t
    }
  }
  if ($isElementNode(block)) for (const c of block.getChildren()) visitInline(c)
  flush()
}

/**
 * The paragraphs of one top-level block, as $paragraphMap gives them: a keystroke re-reads only
 * the block it changed. Must run inside a read.
 */
export function $blockParagraphs(block: LexicalNode): MappedParagraph[] {
  const out: MappedParagraph[] = []
  if (isBlock(block)) collectBlock(block, out)
  return out
}

/** Must run inside editor.read/update (or editorState.read). */
export function $paragraphMap(): MappedParagraph[] {
  const out: MappedParagraph[] = []
  collectBlock($getRoot(), out)
  return out
}

/**
 * The text point for a paragraph offset. A start boundary belongs to the node the character at
 * `offset` is in; an end boundary to the node the character before it is in. An offset on a
 * line break moves to the next (start) or previous (end) text node.
 */
export function pointAt(paragraph: MappedParagraph, offset: number, edge: 'start' | 'end'): TextPoint | null {
  const { pieces } = paragraph
  if (edge === 'start') {
    const p = pieces.find((x) => offset < x.end)
    return p ? { key: p.key, offset: Math.max(0, offset - p.start) } : null
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!
    if (offset > p.start) return { key: p.key, offset: Math.min(p.end, offset) - p.start }
  }
  return null
}

/**
 * The text points of [start, end) in paragraph `index`, or null when the span no longer reads
 * `expected` there (the body changed since the span was computed).
 */
export function spanPoints(
  map: readonly MappedParagraph[],
  index: number,
  start: number,
  end: number,
  expected: string
): { anchor: TextPoint; focus: TextPoint } | null {
  const paragraph = map[index]
  if (!paragraph || paragraph.text.slice(start, end) !== expected || end <= start) return null
  const anchor = pointAt(paragraph, start, 'start')
  const focus = pointAt(paragraph, end, 'end')
  return anchor && focus ? { anchor, focus } : null
}
