// A popup list (the author chooser, the "more" tools) closes on a mouse press anywhere outside
// its box while it is open. `setOpen` is the popup's state setter, stable across renders.
import { useEffect, type RefObject } from 'react'

export function useClickAway(ref: RefObject<HTMLElement | null>, open: boolean, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    if (!open) return
    const onDown = (e: MouseEvent): void => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [ref, open, setOpen])
}
