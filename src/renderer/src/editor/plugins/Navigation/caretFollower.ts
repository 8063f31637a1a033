// Keeping the caret on screen after Page Up/Down and the up/down arrows. The browser scrolls
// smoothly, over many frames when the machine is busy, and lays out the paragraphs the caret
// passed (content-visibility) a frame or more later; either can leave the caret off screen after
// any fixed wait (two frames was not enough under load). So the caret is checked on conditions:
// soon after the key, whenever the scrolling ends, and whenever the body's layout changes, until
// the person does something else (a click, the wheel, a touch, another key).

/** Scrolls the caret's line into view when it is outside the scroller's box. */
function revealCaret(root: HTMLElement, scroller: Element): void {
  const focus = root.ownerDocument.getSelection()?.focusNode
  if (!focus || !root.contains(focus)) return
  const element = focus.nodeType === Node.ELEMENT_NODE ? (focus as Element) : focus.parentElement
  if (!element) return
  const box = element.getBoundingClientRect()
  const view = scroller.getBoundingClientRect()
  if (box.bottom < view.top || box.top > view.bottom) element.scrollIntoView({ block: 'nearest' })
}

export function followCaret(root: HTMLElement, isVerticalKey: (event: KeyboardEvent) => boolean): { follow: () => void; stop: () => void } {
  const doc = root.ownerDocument
  const scroller = root.closest('.page-scroll') ?? doc.documentElement
  const scrollTarget: EventTarget = scroller === doc.documentElement ? doc : scroller
  let following = false
  let frame = 0
  const check = (): void => {
    if (following) revealCaret(root, scroller)
  }
  const stopFollowing = (): void => {
    following = false
    cancelAnimationFrame(frame)
  }
  // Another key (not the ones that start following), or the person takes the scrolling over.
  const onKey = (event: KeyboardEvent): void => {
    if (!(root.contains(event.target as Node) && isVerticalKey(event))) stopFollowing()
  }
  const layout = new ResizeObserver(check)
  layout.observe(root)
  scrollTarget.addEventListener('scrollend', check)
  doc.addEventListener('keydown', onKey, true)
  for (const type of ['pointerdown', 'wheel', 'touchstart'] as const) doc.addEventListener(type, stopFollowing, { capture: true, passive: true })
  return {
    follow: () => {
      following = true
      // At once if nothing scrolls or moves: two frames, the browser moves the caret and lays
      // out what it moved through; scrolling and layout changes after that call check again.
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(check)))
    },
    stop: () => {
      stopFollowing()
      layout.disconnect()
      scrollTarget.removeEventListener('scrollend', check)
      doc.removeEventListener('keydown', onKey, true)
      for (const type of ['pointerdown', 'wheel', 'touchstart'] as const) doc.removeEventListener(type, stopFollowing, { capture: true })
    }
  }
}
