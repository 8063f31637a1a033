// Documents from the library are data from anywhere (imports, other tools, older versions):
// before the editor parses one it is reduced to the node types this editor knows, links
// with refused schemes lose their link (their text stays), and Lexical's `direction` is
// rebuilt from the paragraph override we own, since other writers fill it in freely.
import type { SerializedDocNode, SerializedDocument } from '../../../shared/model/article'
import { isAllowedUrl } from '../lib/links'
import { KNOWN_TYPES } from './nodes'
import { DIRECTION_STATE_KEY, parseDirectionOverride } from './plugins/Direction'

const TEXT_FORMATS_KEPT = 1 | 2 | 8 // bold, italic, underline

function textNode(text: string, format = 0): SerializedDocNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 }
}

function emptyParagraph(children: SerializedDocNode[] = []): SerializedDocNode {
  return { children, direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' }
}

function overrideOf(node: SerializedDocNode): 'rtl' | 'ltr' | null {
  const state = node.$
  if (typeof state !== 'object' || state === null) return null
  const v = parseDirectionOverride((state as Record<string, unknown>)[DIRECTION_STATE_KEY])
  return v === 'auto' ? null : v
}

const BLOCK_HINT = new Set(['code', 'table', 'tablerow', 'tablecell', 'horizontalrule', 'layout-container', 'layout-item'])

function cleanInline(node: SerializedDocNode): SerializedDocNode[] {
  const children = Array.isArray(node.children) ? node.children.flatMap(cleanInline) : []
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format & TEXT_FORMATS_KEPT : 0
      return typeof node.text === 'string' && node.text !== '' ? [{ ...node, format, style: '' }] : []
    }
    case 'linebreak':
    case 'tab':
      return [{ type: node.type, version: 1 }]
    case 'link':
    case 'autolink': {
      const url = typeof node.url === 'string' ? node.url : ''
      if (!isAllowedUrl(url)) return children
      return [{ children, direction: null, format: '', indent: 0, type: 'link', version: 1, url, rel: null, target: null, title: null }]
    }
    default:
      if (typeof node.text === 'string') return node.text ? [textNode(node.text)] : []
      return children
  }
}

function cleanBlock(node: SerializedDocNode): SerializedDocNode[] {
  const type = node.type
  const direction = overrideOf(node)
  if (type === 'list') {
    const items = (node.children ?? []).flatMap((c) => (c.type === 'listitem' ? cleanListItem(c) : cleanListItem({ ...c, type: 'listitem', version: 1 })))
    return [{ ...node, direction, format: '', indent: 0, children: items }]
  }
  if (type === 'paragraph' || type === 'heading' || type === 'quote') {
    const children = (node.children ?? []).flatMap(cleanInline)
    return [{ ...node, direction, format: typeof node.format === 'string' ? node.format : '', children }]
  }
  // Unknown containers of blocks keep their blocks; anything else becomes a paragraph.
  const kids = node.children ?? []
  if (kids.some((c) => BLOCK_HINT.has(c.type) || (KNOWN_TYPES.has(c.type) && ['paragraph', 'heading', 'quote', 'list'].includes(c.type)))) {
    return kids.flatMap(cleanBlock)
  }
  if (BLOCK_HINT.has(type) || kids.length > 0 || typeof node.text === 'string') {
    const inline = cleanInline(node)
    return inline.length > 0 || type !== 'horizontalrule' ? [emptyParagraph(inline)] : []
  }
  return []
}

function cleanListItem(node: SerializedDocNode): SerializedDocNode[] {
  const children = (node.children ?? []).flatMap((c) => (c.type === 'list' ? cleanBlock(c) : cleanInline(c)))
  return [{ ...node, type: 'listitem', direction: null, format: '', children }]
}

export function sanitizeDocument(doc: SerializedDocument | null | undefined): SerializedDocument {
  const children = Array.isArray(doc?.root?.children) ? doc.root.children.flatMap(cleanBlock) : []
  return {
    root: {
      children: children.length > 0 ? children : [emptyParagraph()],
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1
    }
  }
}
