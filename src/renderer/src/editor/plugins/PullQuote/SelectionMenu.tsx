// A small context menu over selected body text. A page cannot add an item to the browser's
// own menu (and Electron shows none), so this replaces it while text is selected; Shift with
// the right click still opens the native one.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useI18n } from '../../../i18n'
import { PULL_QUOTE_SHORTCUT } from './commands'

export interface MenuPlace {
  x: number
  y: number
}

interface Props {
  at: MenuPlace
  onUse: () => void
  onCopy: () => void
  onClose: () => void
}

export function SelectionMenu({ at, onUse, onCopy, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState(at)

  // Keep the menu inside the window, then put focus on its first item as a native menu does.
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const box = el.getBoundingClientRect()
    // A right-to-left menu opens leftwards from the pointer, as the system's own menus do.
    const x = getComputedStyle(el).direction === 'rtl' ? at.x - box.width : at.x
    setPlace({ x: Math.max(4, Math.min(x, window.innerWidth - box.width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - box.height - 4)) })
    el.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [at])

  useEffect(() => {
    const away = (e: Event): void => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    const close = (): void => onClose()
    window.addEventListener('pointerdown', away, true)
    window.addEventListener('blur', close)
    window.addEventListener('resize', close)
    return () => {
      window.removeEventListener('pointerdown', away, true)
      window.removeEventListener('blur', close)
      window.removeEventListener('resize', close)
    }
  }, [onClose])

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])
    const i = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      onClose()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
    }
  }

  return (
    <div ref={ref} className="context-menu" role="menu" aria-label={t('pullquote.menu')} style={{ left: place.x, top: place.y }} onKeyDown={onKeyDown} data-testid="selection-menu">
      <button type="button" role="menuitem" className="context-item" onClick={onUse} data-testid="menu-use-as-pullquote">
        <span>{t('pullquote.useSelection')}</span>
        <kbd dir="ltr">{PULL_QUOTE_SHORTCUT}</kbd>
      </button>
      <button type="button" role="menuitem" className="context-item" onClick={onCopy}>
        <span>{t('pullquote.copy')}</span>
        <kbd dir="ltr">Ctrl+C</kbd>
      </button>
    </div>
  )
}
