// When to save: shortly after the last keystroke (a pause in typing), at once when asked
// (switching article, leaving the window, closing), never two saves at the same time, and
// never a change left behind. A change made while an automatic save is in flight waits for
// the next pause (or maxWait) like any other: saving a long article back to back while the
// writer types would take the typing's time. Only flush() saves on until nothing is pending.
export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)
}

export interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  delayMs?: number
  /** Longest a burst of continuous typing may go unsaved. */
  maxWaitMs?: number
  timers?: Timers
  now?: () => number
}

/**
 * `run` performs one save and reports whether it succeeded; it is never called while a
 * previous call is still running. A failed save keeps the changes pending: the next change
 * or flush tries again.
 */
export class AutosaveScheduler {
  private readonly delayMs: number
  private readonly maxWaitMs: number
  private readonly timers: Timers
  private readonly now: () => number
  private timer: unknown = null
  private dirtySince: number | null = null
  private loop: Promise<boolean> | null = null
  /** Someone waits on flush(): the running loop saves until nothing is pending. */
  private untilClean = false
  private paused = false
  private disposed = false

  constructor(
    private readonly run: () => Promise<boolean>,
    options: AutosaveOptions = {}
  ) {
    this.delayMs = options.delayMs ?? 700
    this.maxWaitMs = options.maxWaitMs ?? 5000
    this.timers = options.timers ?? realTimers
    this.now = options.now ?? (() => Date.now())
  }

  get pending(): boolean {
    return this.dirtySince !== null
  }

  get busy(): boolean {
    return this.loop !== null
  }

  /** Something changed: save after a pause in typing. */
  touch(): void {
    if (this.disposed) return
    const t = this.now()
    if (this.dirtySince === null) this.dirtySince = t
    // A running save arms the timer for this change when it returns.
    if (this.loop || this.paused) return
    this.arm()
  }

  /** Saves now if anything is pending; resolves once everything pending is saved (or a save failed). */
  flush(): Promise<boolean> {
    this.untilClean = true
    return this.start()
  }

  private start(): Promise<boolean> {
    this.clearTimer()
    if (this.loop) return this.loop
    if (this.disposed || this.paused || this.dirtySince === null) {
      this.untilClean = false
      return Promise.resolve(this.dirtySince === null)
    }
    this.loop = this.runLoop()
    return this.loop
  }

  /** The debounce: delayMs after the last change, but never later than maxWaitMs after the first. */
  private arm(): void {
    if (this.dirtySince === null) return
    this.clearTimer()
    const waited = this.now() - this.dirtySince
    const delay = Math.max(0, Math.min(this.delayMs, this.maxWaitMs - waited))
    this.timer = this.timers.setTimeout(() => {
      this.timer = null
      void this.start()
    }, delay)
  }

  private async runLoop(): Promise<boolean> {
    // Yield once so `this.loop` is set before the loop can finish and clear it.
    await null
    let ok = true
    try {
      while (this.dirtySince !== null && !this.paused && !this.disposed) {
        const started = this.dirtySince
        this.dirtySince = null
        try {
          ok = await this.run()
        } catch {
          ok = false
        }
        if (!ok) {
          // Still unsaved: keep the oldest unsaved moment so maxWait stays honest.
          this.dirtySince = Math.min(started, this.dirtySince ?? started)
          return false
        }
        if (!this.untilClean) break
      }
      return this.dirtySince === null
    } finally {
      this.loop = null
      this.untilClean = false
      // Typed during an automatic save: saved after the next pause (a failed save waits for a change or a retry).
      if (ok && !this.paused && !this.disposed) this.arm()
    }
  }

  /** Stops automatic saves (a conflict awaits a decision); changes keep accumulating. */
  pause(): void {
    this.paused = true
    this.clearTimer()
  }

  resume(): void {
    this.paused = false
    if (this.dirtySince !== null) this.touch()
  }

  /** Forgets pending changes (after they were handled another way). */
  markClean(): void {
    this.dirtySince = null
    this.clearTimer()
  }

  dispose(): void {
    this.disposed = true
    this.clearTimer()
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer)
      this.timer = null
    }
  }
}
