// One typography store per editor, shared by the plugin (underlines) and the panel.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalEditor } from 'lexical'
import { useSyncExternalStore } from 'react'
import { perEditor } from '../../../lib/perEditor'
import { readParagraphTexts } from '../../body/blockReader'
import { TypographyStore, type TypographySnapshot } from './typographyStore'

export const typographyStoreFor: (editor: LexicalEditor) => TypographyStore = perEditor((editor) => new TypographyStore(() => readParagraphTexts(editor)))

export function useTypographySnapshot(): TypographySnapshot {
  const [editor] = useLexicalComposerContext()
  const store = typographyStoreFor(editor)
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
