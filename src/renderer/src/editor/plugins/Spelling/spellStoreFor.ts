// One spelling store per editor, found from the editor (the plugin and tests share it).
import type { LexicalEditor } from 'lexical'
import { amud } from '../../../api'
import { readParagraphTexts } from '../PullQuote/bodyBlocks'
import { SpellStore } from './spellStore'
import { hamzaOptionalStyle } from './spellingPref'

const stores = new WeakMap<LexicalEditor, SpellStore>()

export function spellStoreFor(editor: LexicalEditor, articleId: string | null): SpellStore {
  let store = stores.get(editor)
  if (!store) {
    store = new SpellStore(
      () => readParagraphTexts(editor),
      (words) => amud.checkSpelling(articleId, words),
      { hamzaOptional: hamzaOptionalStyle }
    )
    stores.set(editor, store)
  }
  return store
}
