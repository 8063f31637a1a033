// What an export to the plain tagged format loses: the counts let the export warn precisely
// ("2 headings, 1 link") instead of vaguely.
import type { SerializedDocNode, SerializedDocument } from '../model/article'

export interface FlattenedFeatures {
  headings: number
  lists: number
  quotes: number
  bold: number
  italic: number
  underline: number
  /** Struck-through text runs: words the author crossed out, which read as standing once flattened. */
  strikethrough: number
  links: number
  /** Anything else the plain format cannot hold: other text formats, images, tables, code… */
  other: number
}

// Lexical's text format bits (lexical/LexicalConstants).
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const OTHER_FORMATS = ~(BOLD | ITALIC | STRIKETHROUGH | UNDERLINE)

/** Node types that carry no formatting the plain format would lose. */
const PLAIN_TYPES = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', 'listitem'])

function formatBits(format: unknown): number {
  if (typeof format === 'number') return format
  // Lexical's compact export may spell a single format by name.
  if (format === 'bold') return BOLD
  if (format === 'italic') return ITALIC
  if (format === 'underline') return UNDERLINE
  if (format === 'strikethrough') return STRIKETHROUGH
  return typeof format === 'string' && format !== '' ? 1 << 30 : 0
}

export function emptyFeatures(): FlattenedFeatures {
  return { headings: 0, lists: 0, quotes: 0, bold: 0, italic: 0, underline: 0, strikethrough: 0, links: 0, other: 0 }
}

function visit(node: SerializedDocNode, f: FlattenedFeatures): void {
  switch (node.type) {
    case 'heading':
      f.headings++
      break
    case 'list':
      f.lists++
      break
    case 'quote':
      f.quotes++
      break
    case 'link':
    case 'autolink':
      f.links++
      break
    case 'text': {
      const bits = formatBits(node.format)
      if (bits & BOLD) f.bold++
      if (bits & ITALIC) f.italic++
      if (bits & UNDERLINE) f.underline++
      if (bits & STRIKETHROUGH) f.strikethrough++
      if (bits & OTHER_FORMATS) f.other++
      break
    }
    default:
      if (!PLAIN_TYPES.has(node.type)) f.other++
  }
  if (Array.isArray(node.children)) for (const c of node.children) visit(c, f)
}

/** Counts the formatting in `doc` that a plain-text export flattens. Text formats count text runs. */
export function flattenedFeatures(doc: SerializedDocument): FlattenedFeatures {
  const f = emptyFeatures()
  if (doc && doc.root) visit(doc.root, f)
  return f
}
