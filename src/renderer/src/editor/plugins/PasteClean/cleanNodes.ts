// After Lexical imported the cleaned HTML: the nodes keep their structure and bold, italic,
// underline and safe links, and lose every trace of the source's look (inline style,
// alignment, indentation, explicit direction — the article decides those).
import { $isLinkNode } from '@lexical/link'
import { $isListItemNode } from '@lexical/list'
import { $isHeadingNode } from '@lexical/rich-text'
import { $isDecoratorNode, $isElementNode, $isTextNode, type LexicalNode } from 'lexical'
import { isAllowedUrl } from '../../../lib/links'
import { $unwrapLink } from '../LinkSafety'

const KEPT_FORMAT = 1 | 2 | 8 // bold, italic, underline

function $cleanNode(node: LexicalNode): boolean {
  if ($isDecoratorNode(node)) return false
  if ($isTextNode(node)) {
    if (node.getStyle() !== '') node.setStyle('')
    const format = node.getFormat() & KEPT_FORMAT
    if (format !== node.getFormat()) node.setFormat(format)
    return true
  }
  if (!$isElementNode(node)) return true
  if ($isLinkNode(node)) {
    if (!isAllowedUrl(node.getURL())) {
      for (const c of node.getChildren()) $cleanNode(c)
      $unwrapLink(node)
      return true
    }
    node.setTarget(null).setRel(null).setTitle(null)
  }
  if ($isHeadingNode(node)) {
    const tag = node.getTag()
    if (tag === 'h1') node.setTag('h2')
    else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3')
  }
  node.setDirection(null)
  node.setFormat('')
  node.setStyle('')
  node.setTextStyle('')
  if (!$isListItemNode(node)) node.setIndent(0)
  for (const c of node.getChildren()) {
    if (!$cleanNode(c)) c.remove()
  }
  return true
}

/** Cleans freshly generated (not yet attached) nodes; returns those worth inserting. */
export function $cleanPastedNodes(nodes: LexicalNode[]): LexicalNode[] {
  return nodes.filter((n) => $cleanNode(n))
}
