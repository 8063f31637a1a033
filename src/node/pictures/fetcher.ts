// The host's picture fetcher: after any call that may leave an author with a picture address
// not yet kept (a new author, a new address, an import) and once at start, it asks the library
// what is wanted and fetches it in the background, a few at a time. No call and no import ever
// waits for it; a failure is recorded in the library, never thrown. It fetches nothing while the
// library says "never load pictures from the network". The Electron app and the browser host
// each run one; the `amud` command does not (its imports are fetched when a window next opens).
import type { PictureOutcome, PictureWanted } from '../library'
import { fetchPicture, PICTURE_LIMITS, type PictureLimits } from './fetch-picture'

/** What the fetcher needs of the library (a Library has all of it). */
export interface PictureStore {
  onPicturesWanted(listener: () => void): () => void
  picturesToFetch(): PictureWanted[]
  recordPicture(url: string, authorIds: readonly number[], outcome: PictureOutcome): number[]
  pictureSettings(): { neverFromNetwork: boolean }
}

export interface PictureFetcherOptions {
  limits?: Partial<PictureLimits>
  /** Fetches at once; the rest wait their turn. */
  parallel?: number
  /** These authors now have a kept picture (the host tells the window). */
  onStored?: (authorIds: number[]) => void
  log?: (line: string) => void
}

export class PictureFetcher {
  private readonly limits: PictureLimits
  private readonly stop = new AbortController()
  private readonly unsubscribe: () => void
  private running: Promise<void> | null = null
  private again = false
  private closed = false

  constructor(
    private readonly store: PictureStore,
    private readonly options: PictureFetcherOptions = {}
  ) {
    this.limits = { ...PICTURE_LIMITS, ...options.limits }
    this.unsubscribe = store.onPicturesWanted(() => this.sync())
    this.sync()
  }

  /** Looks again for pictures to fetch (soon, not now: the caller's call finishes first). */
  sync(): void {
    if (this.closed) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .catch((err: unknown) => this.log(`pictures: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        this.running = null
        if (this.again) {
          this.again = false
          this.sync()
        }
      })
  }

  /** Resolves when nothing is being fetched or waiting to be. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  /** Stops fetching (in-flight fetches are aborted) and writes nothing more to the library. */
  async close(): Promise<void> {
    this.closed = true
    this.unsubscribe()
    this.stop.abort()
    await this.idle()
  }

  private async drain(): Promise<void> {
    const queue = this.closed ? [] : this.store.picturesToFetch()
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next && !this.closed; next = queue.shift()) await this.fetchOne(next)
    }
    await Promise.all(Array.from({ length: Math.max(1, this.options.parallel ?? 3) }, worker))
  }

  private async fetchOne(wanted: PictureWanted): Promise<void> {
    // The person may have said "never" while earlier pictures were fetched.
    if (this.store.pictureSettings().neverFromNetwork) return
    const outcome = await fetchPicture(wanted.url, this.limits, this.stop.signal)
    if (this.closed) return
    if (!outcome.ok) this.log(`pictures: ${wanted.url}: ${outcome.failure}`)
    const stored = this.store.recordPicture(wanted.url, wanted.authorIds, outcome)
    if (stored.length > 0) this.options.onStored?.(stored)
  }

  private log(line: string): void {
    ;(this.options.log ?? ((l: string) => console.error(l)))(`amud ${line}`)
  }
}
