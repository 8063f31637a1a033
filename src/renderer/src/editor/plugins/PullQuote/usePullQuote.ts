// React's view of the body store: one store per editor, found from the composer context, so
// the header's field, the side panel and the plugin share it without props through the page.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalEditor } from 'lexical'
import { useDeferredValue, useEffect, useMemo, useReducer, useSyncExternalStore } from 'react'
import type { PullQuoteCandidate } from '../../../../../shared/pullquote'
import { perEditor } from '../../../lib/perEditor'
import { BodyStore, type BodySnapshot } from './bodyStore'
import { readParagraphTexts } from '../../body/blockReader'
import type { PullQuoteStatus } from './pullQuoteStatus'
import { pullQuoteEngine } from './pullQuoteEngine'
import { QuoteLocator } from './quoteLocator'

export const bodyStoreFor: (editor: LexicalEditor) => BodyStore = perEditor((editor) => {
  const engine = pullQuoteEngine()
  return new BodyStore(() => readParagraphTexts(editor), { rank: (paragraphs, top) => engine.rank(paragraphs, top) })
})

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

const locatorFor = perEditor((): QuoteLocator => {
  const engine = pullQuoteEngine()
  return new QuoteLocator((paragraphs, quote) => engine.locate(paragraphs, quote))
})

/** The pull quote's state against the body as of the last pause in typing (or a moment later). */
export function usePullQuoteStatus(quote: string): PullQuoteStatus & { paragraphs: readonly string[] } {
  const [editor] = useLexicalComposerContext()
  const locator = locatorFor(editor)
  const { paragraphs } = useBodySnapshot()
  // Never worth a dropped keystroke in the field.
  const deferred = useDeferredValue(quote)
  const [, answered] = useReducer((n: number) => n + 1, 0)
  useEffect(() => locator.subscribe(answered), [locator])
  const located = locator.statusFor(paragraphs, deferred)
  return useMemo(() => ({ ...located.status, paragraphs: located.paragraphs }), [located])
}
