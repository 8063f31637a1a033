// What every custom context menu in the editor shares with a native one: it stays inside the
// window, opens leftwards from the pointer in right-to-left text, puts focus on its first item,
// closes on a click elsewhere, blur, resize, Escape or Tab, and moves with the arrow keys.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

export interface MenuPlace {
  x: number
  y: number
}

export function useContextMenu(
  at: MenuPlace,
  onClose: () => void
): { ref: RefObject<HTMLDivElement | null>; place: MenuPlace; onKeyDown: (e: React.KeyboardEvent) => void } {
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState(at)

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const box = el.getBoundingClientRect()
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

  return { ref, place, onKeyDown }
}
