// The body's paragraphs grouped by top-level block, read once per editor state: after a pause
// the spelling, typography and pull-quote stores and both highlight painters all want the same
// reading of the same state. And a reading walks again only the blocks edited since the last
// one (the body-changes service tells which as the writer types), so a pause after a few keys
// costs a few paragraphs, not the article.
import { $getRoot, type EditorState, type LexicalEditor, type NodeKey } from 'lexical'
import { bodyChangesFor, type BodyChanges } from './bodyChanges'
import { $blockParagraphs, type MappedParagraph } from './paragraphMap'
import { perEditor } from '../../lib/perEditor'

export interface BodyBlock {
  key: NodeKey
  paragraphs: MappedParagraph[]
}

interface Reading {
  state: EditorState
  blocks: BodyBlock[]
  byKey: Map<NodeKey, BodyBlock>
}

class BlockReader {
  private last: Reading | null = null
  /** Top-level blocks edited since the last reading; null: anything may have changed. */
  private edited: Set<NodeKey> | null = new Set()
  private readonly changes: BodyChanges
  /** The state of the last change noted in `edited`. */
  private noted: EditorState | null = null
  /** Blocks walked so far (tests count them). */
  walked = 0

  constructor(private readonly editor: LexicalEditor) {
    this.changes = bodyChangesFor(editor)
    this.changes.subscribe(({ touched, editorState }) => {
      this.noted = editorState
      if (this.edited === null) return
      if (touched === 'all') this.edited = null
      else for (const key of touched) this.edited.add(key)
    })
  }

  read(): BodyBlock[] {
    const state = this.editor.getEditorState()
    const last = this.last
    if (last?.state === state) return last.blocks
    // Read from a subscriber told before ours of this state's change: its edits are not noted yet.
    const changes = this.changes
    const upToDate = state === this.noted || (state === changes.noted && changes.lastChange !== state)
    const edited = upToDate ? this.edited : null
    const blocks = state.read(() =>
      $getRoot()
        .getChildren()
        .map((node) => {
          const key = node.getKey()
          const kept = edited && !edited.has(key) ? last?.byKey.get(key) : undefined
          if (kept) return kept
          this.walked++
          return { key, paragraphs: $blockParagraphs(node) }
        })
    )
    this.edited = new Set()
    // No block changed (a selection move): the same reading, so readers can compare by identity.
    if (last && blocks.length === last.blocks.length && blocks.every((b, i) => b === last.blocks[i])) {
      this.last = { ...last, state }
      return last.blocks
    }
    this.last = { state, blocks, byKey: new Map(blocks.map((b) => [b.key, b])) }
    return blocks
  }
}

const readerFor = perEditor((editor) => new BlockReader(editor))

export function readBlocks(editor: LexicalEditor): BodyBlock[] {
  return readerFor(editor).read()
}

/** The body's paragraph texts, as $paragraphMap reads them. */
export function readParagraphTexts(editor: LexicalEditor): string[] {
  return readBlocks(editor).flatMap((b) => b.paragraphs.map((p) => p.text))
}

/** Blocks walked by readings so far (tests). */
export function blocksWalked(editor: LexicalEditor): number {
  return readerFor(editor).walked
}
