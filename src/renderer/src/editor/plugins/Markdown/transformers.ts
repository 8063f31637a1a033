// Markdown shortcuts limited to what an article may hold: "## " and "### " headings, "> "
// quotes, "- "/"* " and "1. " lists, **bold**, *italic* / _italic_, [text](url) links.
// No h1 (the title is the article's one h1), no code, no strikethrough, no rules.
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  type ElementTransformer,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  type Transformer,
  UNORDERED_LIST
} from '@lexical/markdown'
import { $createHeadingNode, $isHeadingNode, HeadingNode } from '@lexical/rich-text'
import { $isParagraphNode } from 'lexical'

export const HEADING_H2_H3: ElementTransformer = {
  dependencies: [HeadingNode],
  export: (node, exportChildren) => {
    if (!$isHeadingNode(node)) return null
    return `${node.getTag() === 'h3' ? '###' : '##'} ${exportChildren(node)}`
  },
  regExp: /^(#{2,3})\s/,
  replace: (parentNode, children, match, isImport) => {
    // Only a plain paragraph turns into a heading, never a list item or a quote.
    if (!isImport && !$isParagraphNode(parentNode)) return false
    const node = $createHeadingNode(match[1]?.length === 3 ? 'h3' : 'h2')
    node.append(...children)
    parentNode.replace(node)
    if (!isImport) node.select(0, 0)
  },
  type: 'element'
}

export const ARTICLE_TRANSFORMERS: Transformer[] = [
  HEADING_H2_H3,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK
]
