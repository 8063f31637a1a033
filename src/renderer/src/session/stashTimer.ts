// When the typing-time stash is written: once a change has gone STASH_DELAY_MS without the
// library confirming it, in idle time. The session restarts the wait after every confirmed save.
import { PauseThenIdle } from '../lib/schedule'

/** Longer than autosave's maxWait (5 s), so while saves succeed nothing is stashed. */
export const STASH_DELAY_MS = 6000

export class StashTimer {
  private readonly scheduler: PauseThenIdle

  constructor(write: () => void, delayMs: number = STASH_DELAY_MS) {
    this.scheduler = new PauseThenIdle(write, { delayMs })
  }

  /** Starts the wait, unless one is already running. */
  schedule(): void {
    this.scheduler.pokeOnce()
  }

  cancel(): void {
    this.scheduler.cancel()
  }
}
