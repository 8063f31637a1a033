// Work that must not delay a keystroke: it waits for a pause in typing, then runs when the page
// is idle. One scheduler for the stores that read the body (spelling, typography, pull quote),
// the typing-time stash and the page-side pull-quote engine, in the shape of VS Code's
// RunOnceScheduler over runWhenIdle: poke to (re)start the pause, flush to run now, cancel.

/** Runs fn once the page is idle; returns what cancels it. */
export type IdleRunner = (fn: () => void) => () => void

/**
 * The timeout bounds the wait on a page that is never idle (a long paste still updates); where
 * there is no requestIdleCallback (tests), the next turn of the event loop.
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(fn, 0)
  return () => clearTimeout(id)
}

export interface PauseThenIdleOptions {
  /** The pause, in milliseconds; a function is read at each poke (a pause that grows with the body). */
  delayMs: number | (() => number)
  /** whenIdle by default. */
  idle?: IdleRunner
}

/**
 * Runs `run` once a pause of delayMs has passed with no poke, in the idle time after it. A run
 * already waiting for idle time is not queued twice; run reads the latest state itself.
 */
export class PauseThenIdle {
  private timer: ReturnType<typeof setTimeout> | null = null
  private cancelIdle: (() => void) | null = null

  constructor(
    private readonly run: () => void,
    private readonly options: PauseThenIdleOptions
  ) {}

  /** Something changed: (re)starts the pause. */
  poke(): void {
    if (this.timer) clearTimeout(this.timer)
    const delay = this.options.delayMs
    this.timer = setTimeout(
      () => {
        this.timer = null
        this.runWhenIdle()
      },
      typeof delay === 'function' ? delay() : delay
    )
  }

  /** Starts the pause unless one is already under way (or its run waits for idle time). */
  pokeOnce(): void {
    if (!this.pending) this.poke()
  }

  /** Skips the pause: runs in the next idle time, unless a run already waits for it. */
  runWhenIdle(): void {
    if (this.cancelIdle) return
    this.cancelIdle = (this.options.idle ?? whenIdle)(() => {
      this.cancelIdle = null
      this.run()
    })
  }

  /** Runs now, dropping what was waiting. */
  flush(): void {
    this.cancel()
    this.run()
  }

  /** Drops the pause and the idle run, if any. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.cancelIdle?.()
    this.cancelIdle = null
  }

  /** Idle work the owner ran itself (computeNow): the run waiting for idle time is not needed. */
  cancelIdleRun(): void {
    this.cancelIdle?.()
    this.cancelIdle = null
  }

  /** A pause or an idle run is waiting. */
  get pending(): boolean {
    return this.timer !== null || this.cancelIdle !== null
  }
}
