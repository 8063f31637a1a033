// Work that must not delay a keystroke runs when the page is idle. The timeout bounds the wait
// on a page that is never idle (a long paste still updates); where there is no
// requestIdleCallback (tests), the next turn of the event loop.
export function whenIdle(fn: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(fn, 0)
  return () => clearTimeout(id)
}
