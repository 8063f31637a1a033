// The body's paragraphs and pull-quote candidates, kept off the typing path: a change only
// restarts a timer; the paragraphs are read and ranked once typing pauses (debounce, longer
// for a longer body), in idle time. Ranking runs only while something (the panel) wants
// candidates, and may be handed elsewhere (the editor gives it to a worker). Independent of
// Lexical (it is handed a reader), so it is tested with fake timers.
import { rankPullQuotes, type PullQuoteCandidate } from '../../../../../shared/pullquote'
import { ExternalStore } from '../../../lib/externalStore'
import { PauseThenIdle, type IdleRunner } from '../../../lib/schedule'

export interface BodySnapshot {
  paragraphs: readonly string[]
  /** null until ranked, and while nothing wants candidates. */
  candidates: readonly PullQuoteCandidate[] | null
}

/** Ranks synchronously or hands the work elsewhere and answers later. */
export type Rank = (paragraphs: readonly string[], top?: number) => readonly PullQuoteCandidate[] | Promise<readonly PullQuoteCandidate[]>

export interface BodyStoreOptions {
  /** Fixed debounce; by default it grows with the body (debounceFor). */
  debounceMs?: number
  rank?: Rank
  top?: number
  /** Runs work when the page is idle; defaults to requestIdleCallback. */
  idle?: IdleRunner
}

export const RECOMPUTE_DEBOUNCE_MS = 300
const MAX_DEBOUNCE_MS = 2000
/** Characters of body per extra millisecond of debounce. */
const CHARS_PER_MS = 150

/**
 * Each pause re-reads the body and may rank it: on a long article a longer pause is asked for,
 * so a writer who only slows down does not pay for it (36,000 words: about 1.7 s).
 */
export function debounceFor(paragraphs: readonly string[]): number {
  let chars = 0
  for (const p of paragraphs) chars += p.length
  return Math.min(MAX_DEBOUNCE_MS, RECOMPUTE_DEBOUNCE_MS + Math.round(chars / CHARS_PER_MS))
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i])
}

export class BodyStore extends ExternalStore<BodySnapshot> {
  private readonly schedule: PauseThenIdle
  private wanted = 0
  private ranking = 0
  /** The paragraphs a ranking handed elsewhere is under way for. */
  private rankingFor: readonly string[] | null = null
  private debounceMs: number

  constructor(
    private readonly read: () => string[],
    private readonly options: BodyStoreOptions = {}
  ) {
    // Reading is a walk over the nodes, cheap enough to do at once: the field's state is right from the first paint.
    super({ paragraphs: read(), candidates: null })
    this.debounceMs = options.debounceMs ?? debounceFor(this.snapshot.paragraphs)
    this.schedule = new PauseThenIdle(() => this.computeNow(), { delayMs: () => this.debounceMs, idle: options.idle })
  }

  /** The body changed: recompute once the writer pauses. */
  bodyChanged(): void {
    this.schedule.poke()
  }

  /** Something shows candidates until the returned function is called. */
  wantCandidates(): () => void {
    this.wanted++
    if (this.snapshot.candidates === null) this.schedule.runWhenIdle()
    let released = false
    return () => {
      if (released) return
      released = true
      this.wanted--
    }
  }

  /** Recomputes now (tests; a caller that cannot wait). */
  computeNow(): void {
    this.schedule.cancelIdleRun()
    const paragraphs = this.read()
    const same = sameParagraphs(paragraphs, this.snapshot.paragraphs)
    if (same && (this.wanted === 0 || this.snapshot.candidates !== null || this.rankingFor === this.snapshot.paragraphs)) return
    const next = same ? this.snapshot.paragraphs : paragraphs
    if (!same && this.options.debounceMs === undefined) this.debounceMs = debounceFor(next)
    if (this.wanted === 0) return this.setSnapshot({ paragraphs: next, candidates: null })
    const ranked = this.options.rank ? this.options.rank(next, this.options.top) : rankPullQuotes(next, { top: this.options.top })
    if (!(ranked instanceof Promise)) return this.setSnapshot({ paragraphs: next, candidates: ranked })
    // The old candidates stay listed until the new ones come; a later ranking supersedes this one.
    const ranking = ++this.ranking
    this.rankingFor = next
    if (!same) this.setSnapshot({ paragraphs: next, candidates: this.snapshot.candidates })
    const settle = (candidates: readonly PullQuoteCandidate[] | null): void => {
      if (ranking !== this.ranking) return
      this.rankingFor = null
      if (candidates && this.snapshot.paragraphs === next) this.setSnapshot({ paragraphs: next, candidates })
    }
    ranked.then(settle, () => settle(null))
  }

  /** Drops pending work. Subscribers stay: React (StrictMode) may mount the plugin again. */
  stop(): void {
    this.ranking++
    this.rankingFor = null
    this.schedule.cancel()
  }
}
