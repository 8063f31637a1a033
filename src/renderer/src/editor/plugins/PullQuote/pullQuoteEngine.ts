// Ranking and locating for the editor, in a Web Worker so that neither blocks typing. Where no
// worker can run (tests, a page that refuses it), the same functions run on the page in idle
// time: slower to answer, but still off the keystroke's own task.
import { rankPullQuotes, type PullQuoteCandidate } from '../../../../../shared/pullquote'
import { whenIdle } from '../../../lib/schedule'
import { pullQuoteStatus, type PullQuoteStatus } from './pullQuoteStatus'

export type EngineRequest =
  { id: number; kind: 'rank'; paragraphs: readonly string[]; top?: number } | { id: number; kind: 'locate'; paragraphs: readonly string[]; quote: string }

export type EngineReply = { id: number; candidates: PullQuoteCandidate[] } | { id: number; status: PullQuoteStatus } | { id: number; error: string }

export interface PullQuoteEngine {
  rank(paragraphs: readonly string[], top?: number): Promise<PullQuoteCandidate[]>
  locate(paragraphs: readonly string[], quote: string): Promise<PullQuoteStatus>
}

/** Ranking waits longer for idle time than the stores' reads: it is the heavier work. */
const IDLE_TIMEOUT_MS = 2000

/** On the page's thread, each call in its own idle task. */
export const pageEngine: PullQuoteEngine = {
  rank: (paragraphs, top) => inIdle(() => rankPullQuotes(paragraphs, { top })),
  locate: (paragraphs, quote) => inIdle(() => pullQuoteStatus(paragraphs, quote))
}

function inIdle<T>(fn: () => T): Promise<T> {
  return new Promise((done, fail) =>
    whenIdle(() => {
      try {
        done(fn())
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)))
      }
    }, IDLE_TIMEOUT_MS)
  )
}

type Pending = { request: EngineRequest; done: (reply: EngineReply) => void }

class WorkerEngine implements PullQuoteEngine {
  private worker: Worker | null
  private next = 1
  private readonly pending = new Map<number, Pending>()

  constructor() {
    this.worker = new Worker(new URL('./pullQuote.worker.ts', import.meta.url), { type: 'module', name: 'pull-quotes' })
    this.worker.onmessage = ({ data }: MessageEvent<EngineReply>) => {
      const p = this.pending.get(data.id)
      this.pending.delete(data.id)
      p?.done(data)
    }
    // The worker could not start (a policy or a file it cannot load): the page does the work.
    this.worker.onerror = (e) => {
      e.preventDefault()
      this.worker?.terminate()
      this.worker = null
      const left = [...this.pending.values()]
      this.pending.clear()
      for (const p of left) void this.onPage(p.request).then(p.done)
    }
  }

  rank(paragraphs: readonly string[], top?: number): Promise<PullQuoteCandidate[]> {
    return this.send({ id: this.next++, kind: 'rank', paragraphs, top }).then((r) => {
      if ('candidates' in r) return r.candidates
      throw new Error('error' in r ? r.error : 'no candidates')
    })
  }

  locate(paragraphs: readonly string[], quote: string): Promise<PullQuoteStatus> {
    return this.send({ id: this.next++, kind: 'locate', paragraphs, quote }).then((r) => {
      if ('status' in r) return r.status
      throw new Error('error' in r ? r.error : 'no status')
    })
  }

  private send(request: EngineRequest): Promise<EngineReply> {
    if (!this.worker) return this.onPage(request)
    return new Promise((done) => {
      this.pending.set(request.id, { request, done })
      this.worker!.postMessage(request)
    })
  }

  private async onPage(request: EngineRequest): Promise<EngineReply> {
    return request.kind === 'rank'
      ? { id: request.id, candidates: await pageEngine.rank(request.paragraphs, request.top) }
      : { id: request.id, status: await pageEngine.locate(request.paragraphs, request.quote) }
  }
}

let shared: PullQuoteEngine | null = null

export function pullQuoteEngine(): PullQuoteEngine {
  if (!shared) {
    try {
      shared = typeof Worker === 'function' ? new WorkerEngine() : pageEngine
    } catch {
      shared = pageEngine
    }
  }
  return shared
}
