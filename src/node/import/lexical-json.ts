// Builders for the editor's serialized nodes, in exactly the shape Lexical 0.52 exports them
// (checked by a test that loads the result into a headless editor and exports it again), so an
// imported document opens in the editor and re-saves unchanged.
import type { SerializedDocNode, SerializedDocument } from '../../shared/model/article'
import { hasLtr, hasRtl } from '../../shared/export/index'

export type Dir = 'rtl' | 'ltr'

export function textNode(text: string, format: number): SerializedDocNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 }
}

export function lineBreak(): SerializedDocNode {
  return { type: 'linebreak', version: 1 }
}

export function linkNode(url: string, children: SerializedDocNode[]): SerializedDocNode {
  return { children, rel: null, target: null, title: null, url, direction: null, format: '', indent: 0, type: 'link', version: 1 }
}

export function paragraphNode(children: SerializedDocNode[]): SerializedDocNode {
  return { children, direction: directionOf(children), format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' }
}

export function headingNode(tag: 'h2' | 'h3', children: SerializedDocNode[]): SerializedDocNode {
  return { children, tag, direction: directionOf(children), format: '', indent: 0, type: 'heading', version: 1 }
}

export function quoteNode(children: SerializedDocNode[]): SerializedDocNode {
  return { children, direction: directionOf(children), format: '', indent: 0, type: 'quote', version: 1 }
}

export function listNode(ordered: boolean, items: SerializedDocNode[]): SerializedDocNode {
  const direction = items.every((i) => i.direction === 'ltr') ? 'ltr' : 'rtl'
  return {
    children: items,
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
    direction,
    format: '',
    indent: 0,
    type: 'list',
    version: 1
  }
}

export function listItemNode(children: SerializedDocNode[], indent: number, value: number): SerializedDocNode {
  const onlyList = children.length === 1 && children[0]?.type === 'list'
  const direction = onlyList ? (children[0]?.direction as Dir) : directionOf(children)
  return { children, indent, value, direction, format: '', type: 'listitem', version: 1 }
}

export function documentOf(children: SerializedDocNode[]): SerializedDocument {
  return { root: { children, direction: 'rtl', format: '', indent: 0, type: 'root', version: 1 } }
}

export function plainText(nodes: readonly SerializedDocNode[]): string {
  return nodes.map((n) => (n.type === 'linebreak' ? '\n' : typeof n.text === 'string' ? n.text : plainText(n.children ?? []))).join('')
}

/** Right to left unless the block is Latin-only: the column is Arabic, digits and all. */
export function directionOf(children: readonly SerializedDocNode[]): Dir {
  const text = plainText(children)
  return !hasRtl(text) && hasLtr(text) ? 'ltr' : 'rtl'
}

/** Joins neighbouring text of one format (Word splits runs freely) and drops empty text. */
export function mergeText(nodes: SerializedDocNode[]): SerializedDocNode[] {
  const out: SerializedDocNode[] = []
  for (const n of nodes) {
    if (n.type === 'text' && n.text === '') continue
    const last = out[out.length - 1]
    if (n.type === 'text' && last?.type === 'text' && last.format === n.format) out[out.length - 1] = { ...last, text: `${last.text}${n.text}` }
    else out.push(n.type === 'link' ? { ...n, children: mergeText(n.children ?? []) } : n)
  }
  return out
}

function trimEdge(nodes: SerializedDocNode[], end: boolean): SerializedDocNode[] {
  const out = [...nodes]
  for (;;) {
    const i = end ? out.length - 1 : 0
    const n = out[i]
    if (!n) return out
    if (n.type === 'linebreak') out.splice(i, 1)
    else if (n.type === 'text') {
      const text = end ? (n.text as string).trimEnd() : (n.text as string).trimStart()
      if (text === '') out.splice(i, 1)
      else {
        out[i] = { ...n, text }
        return out
      }
    } else if (n.type === 'link') {
      const children = trimEdge(n.children ?? [], end)
      if (children.length === 0) out.splice(i, 1)
      else {
        out[i] = { ...n, children }
        return out
      }
    } else return out
  }
}

/** A block's inline content without spaces or line breaks at either end, as the tagged format keeps it. */
export function trimInline(nodes: SerializedDocNode[]): SerializedDocNode[] {
  return trimEdge(trimEdge(mergeText(nodes), false), true)
}
