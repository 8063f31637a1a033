// Words and characters of the whole body, recounted per top-level block: a keystroke changes
// one block, so one block is counted again (a 36,000-word column would otherwise be recounted
// on every key). Blocks are remembered by key with the text they were counted from.
import { $getRoot, type EditorState, type NodeKey } from 'lexical'
import type { Touched } from '../../body/bodyChanges'
import { countCharacters, countWords } from '../../../../../shared/arabic'

interface Counted {
  text: string
  words: number
  characters: number
}

export function countText(text: string): { words: number; characters: number } {
  // Lexical separates blocks and line breaks with newlines; they are not characters a writer typed.
  return { words: countWords(text), characters: countCharacters(text, { spaces: true }) }
}

export class BlockCounts {
  private counted = new Map<NodeKey, Counted>()
  /** Blocks to read again; `all` after an update that may have changed any (undo, a restored revision). */
  private dirty = new Set<NodeKey>()
  private all = true
  /** Blocks counted so far (tests check that a keystroke recounts one). */
  recounted = 0

  /** From the body-changes service: the blocks an update touched. */
  markTouched(touched: Touched): void {
    if (touched === 'all') this.all = true
    else for (const key of touched) this.dirty.add(key)
  }

  total(state: EditorState): { words: number; characters: number } {
    const next = new Map<NodeKey, Counted>()
    let words = 0
    let characters = 0
    state.read(() => {
      for (const block of $getRoot().getChildren()) {
        const key = block.getKey()
        let c = this.counted.get(key)
        if (!c || this.all || this.dirty.has(key)) {
          const text = block.getTextContent()
          if (!c || c.text !== text) {
            c = { text, ...countText(text) }
            this.recounted++
          }
        }
        next.set(key, c)
        words += c.words
        characters += c.characters
      }
    })
    this.counted = next
    this.dirty.clear()
    this.all = false
    return { words, characters }
  }
}
