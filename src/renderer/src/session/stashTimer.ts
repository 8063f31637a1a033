// When the typing-time stash is written: once a change has gone STASH_DELAY_MS without the
// library confirming it, in idle time. The session restarts the wait after every confirmed save.
import { whenIdle } from '../lib/whenIdle'

/** Longer than autosave's maxWait (5 s), so while saves succeed nothing is stashed. */
export const STASH_DELAY_MS = 6000

export class StashTimer {
  private timer: ReturnType<typeof setTimeout> | null = null
  private cancelIdle: (() => void) | null = null

  constructor(
    private readonly write: () => void,
    private readonly delayMs: number = STASH_DELAY_MS
  ) {}

  /** Starts the wait, unless one is already running. */
  schedule(): void {
    if (this.timer || this.cancelIdle) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = null
        this.write()
      })
    }, this.delayMs)
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.cancelIdle?.()
    this.cancelIdle = null
  }
}
