// The status bar's figures, kept outside React state: the plugin publishes, only the status bar
// re-renders (setting state in the writing room would re-render the whole screen per key).
import { ExternalStore } from '../../../lib/externalStore'

export interface TextStats {
  words: number
  characters: number
  selection: boolean
}

export class StatsStore extends ExternalStore<TextStats> {
  constructor() {
    super({ words: 0, characters: 0, selection: false })
  }

  set(next: TextStats): void {
    const s = this.snapshot
    if (s.words === next.words && s.characters === next.characters && s.selection === next.selection) return
    this.setSnapshot(next)
  }
}
