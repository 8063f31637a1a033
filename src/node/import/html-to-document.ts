// Mammoth's HTML → the editor's document. Keeps what the editor has: paragraphs, h2/h3, block
// quotes, bulleted and numbered lists, bold/italic/underline/strike-through, line breaks and
// http(s)/mailto links. Everything else is read through for its text (spans, sup…) or dropped with a
// warning (images, footnotes, tables lose their grid). Three paragraph classes, set by the
// style map in docx.ts, carry the article's own fields: amud-title, amud-author, amud-pull-quote.
import type { SerializedDocNode } from '../../shared/model/article'
import { isSafeHref } from '../../shared/export/index'
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree'
import { headingNode, lineBreak, linkNode, listItemNode, listNode, paragraphNode, plainText, quoteNode, textNode, trimInline } from './lexical-json'

export type Role = 'title' | 'author' | 'pull-quote'

/** A body block, or one of the article's fields found in the flow. */
export interface Piece {
  node: SerializedDocNode | null
  role: Role | null
  text: string
  /** The block was a heading in the document (any level). */
  heading: boolean
}

export interface Dropped {
  images: number
  footnotes: number
  tables: number
  links: number
}

// Strike-through is kept: crossed-out words ("Salmon ~~sold out~~") would otherwise read as standing.
const FORMAT: Record<string, number> = { strong: 1, b: 1, em: 2, i: 2, s: 4, strike: 4, del: 4, u: 8 }
const ROLE_CLASSES: Record<string, Role> = { 'amud-title': 'title', 'amud-author': 'author', 'amud-pull-quote': 'pull-quote' }
const BLOCK_TAGS = new Set([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'div', 'section', 'article', 'aside', 'header', 'footer'],
  ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'figure']
])

function isNote(el: HtmlElement): boolean {
  return /^#?(footnote|endnote)-/.test(el.attrs.href ?? el.attrs.id ?? '')
}

function roleOf(el: HtmlElement): Role | null {
  for (const c of (el.attrs.class ?? '').split(/\s+/)) if (ROLE_CLASSES[c]) return ROLE_CLASSES[c]
  return null
}

class Converter {
  readonly dropped: Dropped = { images: 0, footnotes: 0, tables: 0, links: 0 }

  inline(nodes: readonly HtmlNode[], format = 0): SerializedDocNode[] {
    const out: SerializedDocNode[] = []
    for (const n of nodes) {
      if (typeof n === 'string') {
        out.push(textNode(n.replace(/[\r\n]+/g, ' '), format))
        continue
      }
      if (n.tag === 'br') out.push(lineBreak())
      else if (n.tag === 'img') this.dropped.images++
      else if (n.tag === 'a' && isNote(n)) this.dropped.footnotes++
      else if (n.tag === 'a' && n.attrs.href !== undefined) {
        const children = this.inline(n.children, format)
        const href = n.attrs.href.trim()
        if (isSafeHref(href)) out.push(linkNode(href, children))
        else {
          // An in-document anchor (#…) is harmless and simply has nowhere to go; anything else is counted.
          if (!href.startsWith('#')) this.dropped.links++
          out.push(...children)
        }
      } else {
        // A block inside inline content (a paragraph in a list item) starts a new line.
        if (BLOCK_TAGS.has(n.tag) && out.length > 0) out.push(lineBreak())
        out.push(...this.inline(n.children, format | (FORMAT[n.tag] ?? 0)))
      }
    }
    return out
  }

  private list(el: HtmlElement, depth: number): SerializedDocNode | null {
    const items: SerializedDocNode[] = []
    // Lexical numbers only the items with text; an item holding a nested list takes the next number without using it.
    let counted = 0
    for (const li of el.children) {
      if (typeof li === 'string' || li.tag !== 'li') continue
      const nested = li.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'ul' || c.tag === 'ol'))
      const inline = trimInline(this.inline(li.children.filter((c) => !nested.includes(c as HtmlElement))))
      if (plainText(inline).trim() !== '') items.push(listItemNode(inline, depth, ++counted))
      // Lexical keeps a nested list in an item of its own, right after its parent item.
      for (const sub of nested) {
        const list = this.list(sub, depth + 1)
        if (list) items.push(listItemNode([list], depth, counted + 1))
      }
    }
    return items.length > 0 ? listNode(el.tag === 'ol', items) : null
  }

  private piece(node: SerializedDocNode | null, role: Role | null = null, heading = false): Piece[] {
    if (!node) return []
    const text = plainText(node.children ?? [])
      .replace(/\s+/g, ' ')
      .trim()
    return text === '' ? [] : [{ node, role, text, heading }]
  }

  blocks(nodes: readonly HtmlNode[]): Piece[] {
    const out: Piece[] = []
    let loose: HtmlNode[] = []
    // Inline content outside any block gathers into a paragraph of its own.
    const flush = (): void => {
      if (loose.length > 0) out.push(...this.piece(paragraphNode(trimInline(this.inline(loose)))))
      loose = []
    }
    for (const n of nodes) {
      if (typeof n === 'string' || !BLOCK_TAGS.has(n.tag)) {
        if (typeof n !== 'string' && n.tag === 'img') this.dropped.images++
        else loose.push(n)
        continue
      }
      flush()
      out.push(...this.block(n))
    }
    flush()
    return out
  }

  private block(el: HtmlElement): Piece[] {
    switch (el.tag) {
      case 'p':
      case 'li':
        return this.piece(paragraphNode(trimInline(this.inline(el.children))), roleOf(el))
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        // The title is the article's only h1; the editor offers h2 and h3 below it.
        const tag = el.tag === 'h1' || el.tag === 'h2' ? 'h2' : 'h3'
        return this.piece(headingNode(tag, trimInline(this.inline(el.children))), roleOf(el), true)
      }
      case 'blockquote':
        return this.blocks(el.children).map((p) => (p.node?.type === 'paragraph' ? { ...p, node: quoteNode(p.node.children ?? []) } : p))
      case 'ul':
      case 'ol': {
        const first = el.children.find((c): c is HtmlElement => typeof c !== 'string')
        if (first && isNote(first)) {
          this.dropped.footnotes = Math.max(this.dropped.footnotes, el.children.length)
          return []
        }
        return this.piece(this.list(el, 0))
      }
      case 'table':
        this.dropped.tables++
        return this.blocks(el.children)
      default:
        return this.blocks(el.children)
    }
  }
}

export function piecesFromHtml(html: string): { pieces: Piece[]; dropped: Dropped } {
  const c = new Converter()
  const pieces = c.blocks(parseHtml(html))
  return { pieces, dropped: c.dropped }
}
