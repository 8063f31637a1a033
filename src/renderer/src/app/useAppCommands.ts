// Puts keyboard shortcuts and the application menu's commands on the command bus (one filter,
// so a key seen by both fires once) and handles the commands that belong to the window itself.
// Import, export and find are also taken by the library's import, the open article's export
// view and its find bar, each subscribed while on screen.
import { useEffect, type RefObject } from 'react'
import { amud } from '../api'
import { appCommands, useCommand } from '../lib/commandBus'
import { commandForKey, createCommandFilter, type Command } from '../lib/commands'
import type { ArticleSession } from '../session/session'
import type { Zoom } from '../settings/zoom'

const APP_COMMANDS: readonly Command[] = ['new-article', 'save-now', 'search-library', 'find', 'replace', 'zoom-in', 'zoom-out', 'zoom-reset']

interface Props {
  current: () => ArticleSession | null
  newArticle: () => void
  searchRef: RefObject<HTMLInputElement | null>
  zoom: Zoom
}

export function useAppCommands({ current, newArticle, searchRef, zoom }: Props): void {
  const focusSearch = (): void => {
    searchRef.current?.focus()
    searchRef.current?.select()
  }

  useCommand(APP_COMMANDS, (cmd) => {
    switch (cmd) {
      case 'new-article':
        return newArticle()
      case 'save-now':
        return void current()?.flush('manual')
      case 'search-library':
        return focusSearch()
      case 'find':
      case 'replace':
        // The open article's find bar answers these; with none open, the library's search.
        if (!current()) focusSearch()
        return
      case 'zoom-in':
        return zoom.zoomIn()
      case 'zoom-out':
        return zoom.zoomOut()
      case 'zoom-reset':
        return zoom.reset()
    }
  })

  useEffect(() => {
    const fresh = createCommandFilter()
    const onKey = (e: KeyboardEvent): void => {
      const cmd = commandForKey(e)
      if (!cmd) return
      e.preventDefault()
      if (fresh(cmd, 'keyboard')) appCommands.emit(cmd)
    }
    window.addEventListener('keydown', onKey)
    const off = amud.on('menuCommand', (cmd) => {
      if (fresh(cmd, 'menu')) appCommands.emit(cmd)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      off()
    }
  }, [])
}
