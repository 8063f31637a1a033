// The body's paragraphs grouped by top-level block, read once per editor state: after a pause
// the spelling, typography and pull-quote stores and both highlight painters all want the same
// reading of the same state, and it is a walk over the whole article.
import { $getRoot, type EditorState, type LexicalEditor, type NodeKey } from 'lexical'
import { $blockParagraphs, type MappedParagraph } from './paragraphMap'

export interface BodyBlock {
  key: NodeKey
  paragraphs: MappedParagraph[]
}

const read = new WeakMap<EditorState, BodyBlock[]>()

export function readBlocks(editor: LexicalEditor): BodyBlock[] {
  const state = editor.getEditorState()
  let blocks = read.get(state)
  if (!blocks) {
    blocks = state.read(() => $getRoot().getChildren().map((node) => ({ key: node.getKey(), paragraphs: $blockParagraphs(node) })))
    read.set(state, blocks)
  }
  return blocks
}

/** The body's paragraph texts, as $paragraphMap reads them. */
export function readParagraphTexts(editor: LexicalEditor): string[] {
  return readBlocks(editor).flatMap((b) => b.paragraphs.map((p) => p.text))
}
