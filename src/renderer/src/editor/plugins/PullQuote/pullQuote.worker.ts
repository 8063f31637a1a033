// Ranks pull-quote candidates and locates the pull quote off the page's thread: on a long
// article either takes from tens to hundreds of milliseconds, which would delay the next key.
import { rankPullQuotes } from '../../../../../shared/pullquote'
import { pullQuoteStatus } from './pullQuoteStatus'
import type { EngineReply, EngineRequest } from './pullQuoteEngine'

const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage(reply: EngineReply): void }

scope.onmessage = ({ data }) => {
  try {
    if (data.kind === 'rank') scope.postMessage({ id: data.id, candidates: rankPullQuotes(data.paragraphs, { top: data.top }) })
    else scope.postMessage({ id: data.id, status: pullQuoteStatus(data.paragraphs, data.quote) })
  } catch (e) {
    scope.postMessage({ id: data.id, error: e instanceof Error ? e.message : String(e) })
  }
}
