// The body's paragraphs and pull-quote candidates, kept off the typing path: a change only
// restarts a timer; the paragraphs are read and ranked once typing pauses (debounce), in idle
// time. Ranking runs only while something (the panel) wants candidates. Independent of Lexical
// (it is handed a reader), so it is tested with fake timers.
import { rankPullQuotes, type PullQuoteCandidate } from '../../../../../shared/pullquote'

export interface BodySnapshot {
  paragraphs: readonly string[]
  /** null until ranked, and while nothing wants candidates. */
  candidates: readonly PullQuoteCandidate[] | null
}

export type Scheduler = (fn: () => void) => () => void

export interface BodyStoreOptions {
  debounceMs?: number
  top?: number
  /** Runs work when the page is idle; defaults to requestIdleCallback. */
  idle?: Scheduler
}

export const RECOMPUTE_DEBOUNCE_MS = 300

function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    // The timeout bounds the wait on a page that is never idle (a long paste still updates).
    const id = requestIdleCallback(fn, { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(fn, 0)
  return () => clearTimeout(id)
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i])
}

export class BodyStore {
  private snapshot: BodySnapshot
  private readonly listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private cancelIdle: (() => void) | null = null
  private wanted = 0

  constructor(
    private readonly read: () => string[],
    private readonly options: BodyStoreOptions = {}
  ) {
    // Reading is a walk over the nodes, cheap enough to do at once: the field's state is right from the first paint.
    this.snapshot = { paragraphs: read(), candidates: null }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): BodySnapshot => this.snapshot

  /** The body changed: recompute once the writer pauses. */
  bodyChanged(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      this.scheduleCompute()
    }, this.options.debounceMs ?? RECOMPUTE_DEBOUNCE_MS)
  }

  /** Something shows candidates until the returned function is called. */
  wantCandidates(): () => void {
    this.wanted++
    if (this.snapshot.candidates === null) this.scheduleCompute()
    let released = false
    return () => {
      if (released) return
      released = true
      this.wanted--
    }
  }

  /** Recomputes now (tests; a caller that cannot wait). */
  computeNow(): void {
    this.cancelIdle?.()
    this.cancelIdle = null
    const paragraphs = this.read()
    const same = sameParagraphs(paragraphs, this.snapshot.paragraphs)
    if (same && (this.wanted === 0 || this.snapshot.candidates !== null)) return
    const candidates = this.wanted > 0 ? rankPullQuotes(paragraphs, { top: this.options.top }) : null
    this.update({ paragraphs: same ? this.snapshot.paragraphs : paragraphs, candidates })
  }

  /** Drops pending work. Subscribers stay: React (StrictMode) may mount the plugin again. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.cancelIdle?.()
    this.cancelIdle = null
  }

  private scheduleCompute(): void {
    if (this.cancelIdle) return
    this.cancelIdle = (this.options.idle ?? whenIdle)(() => {
      this.cancelIdle = null
      this.computeNow()
    })
  }

  private update(next: BodySnapshot): void {
    this.snapshot = next
    for (const l of this.listeners) l()
  }
}
