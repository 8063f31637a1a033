// The desk link's state as the window knows it: read once, then kept current by the host's
// deskState events (the host syncs in the background; the window only listens). One store
// for the window: the status bar, the editor and the desk view read the same state.
import { useSyncExternalStore } from 'react'
import type { DeskStatus } from '../../../../shared/api/desk'
import { amud } from '../../api'
import { ExternalStore } from '../../lib/externalStore'

class DeskStore extends ExternalStore<DeskStatus | null> {
  private started = false

  start(): void {
    if (this.started) return
    this.started = true
    amud.on('deskState', (s) => this.set(s))
    void amud.deskStatus().then(
      (s) => this.set(s),
      () => undefined
    )
  }

  set(s: DeskStatus): void {
    this.setSnapshot(s)
  }
}

export const deskStore = new DeskStore(null)

export function useDeskStatus(): DeskStatus | null {
  deskStore.start()
  return useSyncExternalStore(deskStore.subscribe, deskStore.getSnapshot)
}
