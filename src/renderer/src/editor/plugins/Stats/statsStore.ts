// The status bar's figures, kept outside React state: the plugin publishes, only the status bar
// re-renders (setting state in the writing room would re-render the whole screen per key).
export interface TextStats {
  words: number
  characters: number
  selection: boolean
}

export class StatsStore {
  private stats: TextStats = { words: 0, characters: 0, selection: false }
  private readonly listeners = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): TextStats => this.stats

  set(next: TextStats): void {
    const s = this.stats
    if (s.words === next.words && s.characters === next.characters && s.selection === next.selection) return
    this.stats = next
    for (const l of this.listeners) l()
  }
}
