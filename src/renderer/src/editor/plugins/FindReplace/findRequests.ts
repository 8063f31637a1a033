// Ctrl+F / Ctrl+H and the menu's Find / Replace travel on the app's command bus (App emits
// them after one filter for keys and menu); the open editor's find bar listens here. With no
// editor open, nobody here listens and App sends the writer to the library's search.
import { appCommands } from '../../../lib/commandBus'

export type FindMode = 'find' | 'replace'

export function onFindRequest(listener: (mode: FindMode) => void): () => void {
  return appCommands.on(['find', 'replace'], (cmd) => {
    if (cmd === 'find' || cmd === 'replace') listener(cmd)
  })
}
