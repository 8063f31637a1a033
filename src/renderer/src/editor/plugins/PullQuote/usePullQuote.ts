// React's view of the body store: one store per editor, found from the composer context, so
// the header's field, the side panel and the plugin share it without props through the page.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalEditor } from 'lexical'
import { useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react'
import type { PullQuoteCandidate } from '../../../../../shared/pullquote'
import { BodyStore, type BodySnapshot } from './bodyStore'
import { $paragraphMap } from './paragraphMap'
import { pullQuoteStatus, type PullQuoteStatus } from './pullQuoteStatus'

const stores = new WeakMap<LexicalEditor, BodyStore>()

export function bodyStoreFor(editor: LexicalEditor): BodyStore {
  let store = stores.get(editor)
  if (!store) {
    store = new BodyStore(() => editor.getEditorState().read(() => $paragraphMap().map((p) => p.text)))
    stores.set(editor, store)
  }
  return store
}

export function useBodyStore(): BodyStore {
  const [editor] = useLexicalComposerContext()
  return bodyStoreFor(editor)
}

export function useBodySnapshot(): BodySnapshot {
  const store = useBodyStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** The ranked candidates; ranking runs only while a component using this is mounted. */
export function useCandidates(): readonly PullQuoteCandidate[] | null {
  const store = useBodyStore()
  useEffect(() => store.wantCandidates(), [store])
  return useBodySnapshot().candidates
}

/** The pull quote's state against the body as of the last pause in typing. */
export function usePullQuoteStatus(quote: string): PullQuoteStatus & { paragraphs: readonly string[] } {
  const { paragraphs } = useBodySnapshot()
  // Locating is fast, but never worth a dropped keystroke in the field.
  const deferred = useDeferredValue(quote)
  return useMemo(() => ({ ...pullQuoteStatus(paragraphs, deferred), paragraphs }), [paragraphs, deferred])
}
