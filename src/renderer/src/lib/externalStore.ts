// The shape React's useSyncExternalStore reads: subscribe and getSnapshot (stable functions, so
// they can be passed as they are), a snapshot replaced, never changed in place, and listeners
// told of each replacement. The editor's stores and the article session extend it.
export class ExternalStore<S> {
  private readonly listeners = new Set<() => void>()

  constructor(protected snapshot: S) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): S => this.snapshot

  /** Replaces the snapshot and tells every listener. */
  protected setSnapshot(next: S): void {
    this.snapshot = next
    this.notify()
  }

  /** Tells every listener, the snapshot unchanged (they may re-read what it points to). */
  protected notify(): void {
    for (const l of this.listeners) l()
  }

  protected clearListeners(): void {
    this.listeners.clear()
  }
}
