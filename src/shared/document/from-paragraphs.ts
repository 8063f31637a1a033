// Plain paragraphs → the editor's serialized document (Lexical 0.52 JSON). The shape matches
// what Lexical itself exports, so a document built here loads in the editor unchanged and
// re-saving it without edits gives the same JSON.
import type { SerializedDocNode, SerializedDocument } from '../model/article'

function textNode(text: string): SerializedDocNode {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }
}

function inlineNodes(paragraph: string): SerializedDocNode[] {
  // A line break inside a paragraph is a linebreak node in Lexical, never a "\n" in a text node.
  const parts = paragraph.split(/\r\n|\r|\n/)
  const nodes: SerializedDocNode[] = []
  parts.forEach((part, i) => {
    if (i > 0) nodes.push({ type: 'linebreak', version: 1 })
    if (part !== '') nodes.push(textNode(part))
  })
  return nodes
}

export function paragraphNode(paragraph: string): SerializedDocNode {
  return {
    children: inlineNodes(paragraph),
    // null = "decide from the text": in Lexical 0.52 a fixed direction here (or on the root)
    // would stop a Latin paragraph from turning left-to-right by itself.
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
    textFormat: 0,
    textStyle: ''
  }
}

export function documentFromParagraphs(paragraphs: readonly string[]): SerializedDocument {
  return {
    root: {
      children: paragraphs.map(paragraphNode),
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1
    }
  }
}
