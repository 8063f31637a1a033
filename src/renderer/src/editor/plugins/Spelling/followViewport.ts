// Calls `onChange` when what the window shows may have moved: a scroll of the page or of any
// scroller in it (scroll events do not bubble, so they are caught on the way down), or a resize.
export function followViewport(onChange: () => void): () => void {
  const options = { capture: true, passive: true } as const
  document.addEventListener('scroll', onChange, options)
  window.addEventListener('resize', onChange)
  return () => {
    document.removeEventListener('scroll', onChange, options)
    window.removeEventListener('resize', onChange)
  }
}
