// When the host syncs with its desk: every few seconds while the desk answers, at once after a
// save, backing off (doubling, up to a ceiling) while it does not. Off the request path: a save
// only pokes. A sync in flight is never doubled: asking while one runs queues one more run
// after it, at most one. The timers are given (tests turn time by hand); Node's by default.
export interface LoopTimers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const NODE_TIMERS: LoopTimers = {
  set: (fn, ms) => {
    const t = setTimeout(fn, ms)
    t.unref()
    return t
  },
  clear: (h) => clearTimeout(h as NodeJS.Timeout)
}

export interface SyncLoopOptions {
  /** Between syncs while the desk answers. */
  intervalMs?: number
  /** The longest wait while it does not. */
  maxBackoffMs?: number
  timers?: LoopTimers
}

export class SyncLoop {
  private timer: unknown = null
  private inFlight: Promise<void> | null = null
  private queued: Promise<void> | null = null
  private failures = 0
  private running = false
  private readonly intervalMs: number
  private readonly maxBackoffMs: number
  private readonly timers: LoopTimers

  /** `run` answers whether the desk answered (false: offline, back off). */
  constructor(
    private readonly run: () => Promise<boolean>,
    options: SyncLoopOptions = {}
  ) {
    this.intervalMs = options.intervalMs ?? 5_000
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000
    this.timers = options.timers ?? NODE_TIMERS
  }

  get started(): boolean {
    return this.running
  }

  /** The wait before the next timed sync: the interval, doubled per failure in a row, capped. */
  get nextDelayMs(): number {
    return Math.min(this.maxBackoffMs, this.intervalMs * 2 ** Math.min(this.failures, 20))
  }

  start(): void {
    if (this.running) return
    this.running = true
    void this.now()
  }

  stop(): void {
    this.running = false
    this.clearTimer()
  }

  /** Something was saved: sync at once, unless the desk is away (the backoff's timer will come). */
  poke(): void {
    if (!this.running || this.failures > 0) return
    void this.now()
  }

  /** Syncs now, or right after the sync in flight; resolves when that sync is over. */
  now(): Promise<void> {
    this.clearTimer()
    if (!this.inFlight) return this.begin()
    this.queued ??= this.inFlight.then(() => {
      this.queued = null
      return this.begin()
    })
    return this.queued
  }

  private begin(): Promise<void> {
    const p = (async () => {
      let ok = false
      try {
        ok = await this.run()
      } catch {
        ok = false
      }
      this.failures = ok ? 0 : this.failures + 1
    })().finally(() => {
      this.inFlight = null
      if (!this.queued) this.schedule()
    })
    this.inFlight = p
    return p
  }

  private schedule(): void {
    this.clearTimer()
    if (!this.running) return
    this.timer = this.timers.set(() => {
      this.timer = null
      void this.now()
    }, this.nextDelayMs)
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer)
    this.timer = null
  }
}
