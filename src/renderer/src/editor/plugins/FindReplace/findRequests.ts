// Ctrl+F / Ctrl+H and the menu's Find / Replace arrive in App (one command filter for keys and
// menu); the open editor's find bar listens here. With no editor open, nobody listens.
export type FindMode = 'find' | 'replace'

const listeners = new Set<(mode: FindMode) => void>()

export function requestFind(mode: FindMode): void {
  for (const l of listeners) l(mode)
}

export function onFindRequest(listener: (mode: FindMode) => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
