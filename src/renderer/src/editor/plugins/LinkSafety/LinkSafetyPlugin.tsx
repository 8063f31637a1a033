// A link whose address is not http(s) or mailto stops being a link, whichever way it came
// in (toolbar, markdown shortcut, paste, undo of an old state): its text stays as text.
import { $isLinkNode, LinkNode } from '@lexical/link'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalNode } from 'lexical'
import { useEffect } from 'react'
import { isAllowedUrl } from '../../../lib/links'

export function $unwrapLink(link: LexicalNode): void {
  if (!$isLinkNode(link)) return
  for (const child of link.getChildren()) link.insertBefore(child)
  link.remove()
}

export function LinkSafetyPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerNodeTransform(LinkNode, (node) => {
        if (!isAllowedUrl(node.getURL())) $unwrapLink(node)
        else if (node.getTarget() !== null || node.getRel() !== null) node.setTarget(null).setRel(null)
      }),
    [editor]
  )
  return <LinkPlugin validateUrl={isAllowedUrl} />
}
