// One place where keyboard shortcuts and the application menu's commands meet. Under
// Electron a menu accelerator and the page's own keydown can both fire for one key press:
// the same command arriving from the other source within a moment is that same press.
// Repeats from one source (Ctrl+− pressed twice) are all kept.
import type { MenuCommand } from '../../../shared/api/methods'

export type Command = MenuCommand

const REPEAT_MS = 350

export type CommandSource = 'keyboard' | 'menu'

export function createCommandFilter(now: () => number = () => Date.now()): (cmd: Command, source: CommandSource) => boolean {
  const last = new Map<Command, { at: number; source: CommandSource }>()
  return (cmd, source) => {
    const t = now()
    const prev = last.get(cmd)
    if (prev && prev.source !== source && t - prev.at <= REPEAT_MS) {
      // The echo of a press already handled; forget it so a real next press goes through.
      last.delete(cmd)
      return false
    }
    last.set(cmd, { at: t, source })
    return true
  }
}

/** The command a key press asks for, or null. Ctrl on Linux/Windows, Cmd on macOS. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): Command | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  // e.code keeps shortcuts working under an Arabic keyboard layout, where e.key is a letter
  // such as "ى" for the N key.
  switch (e.code) {
    case 'KeyN':
      return e.shiftKey ? null : 'new-article'
    case 'KeyS':
      return e.shiftKey ? null : 'save-now'
    case 'KeyK':
      return e.shiftKey ? null : 'search-library'
    case 'KeyF':
      return e.shiftKey ? null : 'find'
    case 'KeyH':
      return e.shiftKey ? null : 'replace'
    case 'KeyE':
      return e.shiftKey ? 'export' : null
    case 'KeyO':
      return e.shiftKey ? null : 'import'
    case 'Equal':
    case 'NumpadAdd':
      return 'zoom-in'
    case 'Minus':
    case 'NumpadSubtract':
      return 'zoom-out'
    case 'Digit0':
    case 'Numpad0':
      return 'zoom-reset'
  }
  if (e.key === '+') return 'zoom-in'
  return null
}
