// The node types an article may hold: exactly the features the toolbar and the markdown
// shortcuts offer. Anything else that arrives (by paste or in an imported document) is
// turned into one of these or dropped; see document.ts and plugins/PasteClean.
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { ListItemNode, ListNode } from '@lexical/list'
import { LinkNode } from '@lexical/link'
import type { Klass, LexicalNode } from 'lexical'

export const ARTICLE_NODES: readonly Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode]

/** Serialized types the editor can load, core ones included. */
export const KNOWN_TYPES = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', 'heading', 'quote', 'list', 'listitem', 'link'])
