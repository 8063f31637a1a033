// The editor's document → plain paragraphs, the form the tagged format, search, word counts
// and diffs work on. Every block (paragraph, heading, quote, list item, code block…) becomes
// one paragraph; inline elements (links, marks, unknown inline nodes) are read through.
import type { SerializedDocNode, SerializedDocument } from '../model/article'

/** Element types that always start a block of their own. */
const BLOCK_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'code',
  'table',
  'tablerow',
  'tablecell',
  'layout-container',
  'layout-item',
  'collapsible-container',
  'collapsible-title',
  'collapsible-content'
])

function childrenOf(node: SerializedDocNode): SerializedDocNode[] {
  return Array.isArray(node.children) ? node.children : []
}

function isBlock(node: SerializedDocNode): boolean {
  if (BLOCK_TYPES.has(node.type)) return true
  // An unknown element that holds blocks (a custom container) is itself a container.
  return childrenOf(node).some((c) => BLOCK_TYPES.has(c.type))
}

/** The plain text of a leaf: text (and code-highlight) nodes, tabs and line breaks. */
function leafText(node: SerializedDocNode): string {
  if (node.type === 'linebreak' || node.type === 'tab') return ' '
  return typeof node.text === 'string' ? node.text : ''
}

function collectBlock(block: SerializedDocNode, out: string[]): void {
  let buffer = ''
  const flush = (): void => {
    const text = buffer.replace(/[\t\r\n]/g, ' ')
    if (text.trim() !== '') out.push(text)
    buffer = ''
  }
  const visitInline = (node: SerializedDocNode): void => {
    if (Array.isArray(node.children) && isBlock(node)) {
      flush()
      collectBlock(node, out)
      return
    }
    if (Array.isArray(node.children)) for (const c of node.children) visitInline(c)
    else buffer += leafText(node)
  }
  for (const child of childrenOf(block)) visitInline(child)
  flush()
}

export function paragraphsFromDocument(doc: SerializedDocument): string[] {
  const out: string[] = []
  if (doc && doc.root) collectBlock(doc.root, out)
  return out
}

/** The body as the library keeps it for search and counts: paragraphs joined with "\n". */
export function bodyTextFromDocument(doc: SerializedDocument): string {
  return paragraphsFromDocument(doc).join('\n')
}
