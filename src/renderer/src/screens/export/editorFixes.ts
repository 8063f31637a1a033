// The checklist's fixes, made in the editor as one update each, so one Ctrl+Z takes a fix back
// and autosave sends it like any edit. Typography is fixed in place, text node by text node,
// so bold and links around a fixed comma survive; the result is fixAllTypography's, paragraph
// by paragraph (a unit test holds the fix selection to applyFixes').
import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $createTextNode,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
  type LexicalNode
} from 'lexical'
import { acceptedFixes, checkTypography, type TypographyFix, type TypographyOptions } from '../../../../shared/arabic'
import { $paragraphMap, type MappedParagraph } from '../../editor/body/paragraphMap'

/** fixAllTypography's bound on passes (one fix can reveal another: "، ،" → "،،" → "،"). */
const MAX_PASSES = 32

/** The fixes applyFixes would apply, in its order (the shared rule, so the two never drift). */
export { acceptedFixes }

/** Replaces [start, end) of a paragraph across the text nodes it spans; the replacement goes into the first. */
function $applyEdit(paragraph: MappedParagraph, edit: TypographyFix): void {
  const { pieces } = paragraph
  // The node holding the first replaced character, or for an insertion at a node's end, that node.
  const home = pieces.find((p) => edit.start >= p.start && edit.start < p.end) ?? pieces.find((p) => p.end === edit.start && edit.start === edit.end)
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!
    const from = Math.max(edit.start, p.start)
    const to = Math.min(edit.end, p.end)
    const isHome = p === home
    if (!isHome && from >= to) continue
    const node = $getNodeByKey(p.key)
    if (!$isTextNode(node)) continue
    node.spliceText(from - p.start, Math.max(0, to - from), isHome ? edit.replacement : '')
  }
}

/** One pass over every paragraph; true when something changed. */
function $fixPass(options: TypographyOptions): boolean {
  let changed = false
  for (const paragraph of $paragraphMap()) {
    const edits = acceptedFixes(
      paragraph.text,
      checkTypography(paragraph.text, options).map((i) => i.fix)
    )
    // Right to left, so the offsets of the edits still to do stay true.
    for (const edit of edits.reverse()) $applyEdit(paragraph, edit)
    if (edits.length > 0) changed = true
  }
  return changed
}

export function fixAllTypographyInEditor(editor: LexicalEditor, options: TypographyOptions = {}): void {
  editor.update(
    () => {
      for (let pass = 0; pass < MAX_PASSES && $fixPass(options); pass++);
    },
    { tag: HISTORY_PUSH_TAG, discrete: true }
  )
}

function $joinBreaks(node: LexicalNode): void {
  if ($isLineBreakNode(node)) {
    // The tagged format writes a line break as a space; the fix makes the body say so.
    node.replace($createTextNode(' '))
    return
  }
  if ($isElementNode(node)) for (const child of node.getChildren()) $joinBreaks(child)
}

export function joinLineBreaksInEditor(editor: LexicalEditor): void {
  editor.update(() => $joinBreaks($getRoot()), { tag: HISTORY_PUSH_TAG, discrete: true })
}
