// One road for the application's commands. The menu and the keyboard (through one filter, in
// App) emit a `Command`; whoever can act on it (the library's import, the open article's find
// bar and export view, App itself) subscribes while it is on screen. Typed over the `Command`
// union, so a misspelt command is a compile error. Lexical's own commands stay in the editor.
import { useEffect, useEffectEvent } from 'react'
import type { Command } from './commands'

export type CommandHandler = (cmd: Command) => void

export interface CommandBus {
  /** Hands the command to every handler subscribed to it; returns how many there were. */
  emit(cmd: Command): number
  /** Subscribes to one command or several; returns the unsubscribe. */
  on(cmds: Command | readonly Command[], handler: CommandHandler): () => void
}

export function createCommandBus(): CommandBus {
  const handlers = new Map<Command, Set<CommandHandler>>()
  return {
    emit(cmd) {
      // A copy: a handler may subscribe or unsubscribe others while the command travels.
      const now = [...(handlers.get(cmd) ?? [])]
      for (const h of now) h(cmd)
      return now.length
    },
    on(cmds, handler) {
      const list: readonly Command[] = typeof cmds === 'string' ? [cmds] : cmds
      // Each subscription is its own entry, so one handler subscribed twice is removed once.
      const entry: CommandHandler = (cmd) => handler(cmd)
      for (const c of list) {
        let set = handlers.get(c)
        if (!set) handlers.set(c, (set = new Set()))
        set.add(entry)
      }
      return () => {
        for (const c of list) {
          const set = handlers.get(c)
          set?.delete(entry)
          if (set?.size === 0) handlers.delete(c)
        }
      }
    }
  }
}

/** The window's bus: one per renderer, as there is one menu and one keyboard. */
export const appCommands: CommandBus = createCommandBus()

/**
 * Runs `handler` for `cmds` while the component is mounted. The handler is always the latest
 * render's (an effect event), so it may read props and state without resubscribing.
 */
export function useCommand(cmds: Command | readonly Command[], handler: CommandHandler, bus: CommandBus = appCommands): void {
  const onCommand = useEffectEvent(handler)
  const key = typeof cmds === 'string' ? cmds : cmds.join(' ')
  useEffect(() => bus.on(key.split(' ') as Command[], (cmd) => onCommand(cmd)), [key, bus])
}
