// One typography store per editor, shared by the plugin (underlines) and the panel.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalEditor } from 'lexical'
import { useSyncExternalStore } from 'react'
import { readParagraphTexts } from '../PullQuote/bodyBlocks'
import { TypographyStore, type TypographySnapshot } from './typographyStore'

const stores = new WeakMap<LexicalEditor, TypographyStore>()

export function typographyStoreFor(editor: LexicalEditor): TypographyStore {
  let store = stores.get(editor)
  if (!store) {
    store = new TypographyStore(() => readParagraphTexts(editor))
    stores.set(editor, store)
  }
  return store
}

export function useTypographySnapshot(): TypographySnapshot {
  const [editor] = useLexicalComposerContext()
  const store = typographyStoreFor(editor)
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
