// Decides whether an IPC message may reach the library. Main passes what Electron says about
// the sender; this stays pure so it runs (and is tested) under plain Node.

export interface SenderInfo {
  /** The sending frame's URL; null when the frame is already gone. */
  frameUrl: string | null
  /** The sender is the top frame, not an iframe (the app has none, so any iframe is foreign). */
  isMainFrame: boolean
  /** The sender's web contents is the app's own window. */
  fromOurWindow: boolean
}

export interface RendererLocation {
  /** file:// URL of the built renderer's index.html, as main loads it. */
  indexFileUrl: string
  /** The dev server's URL when running `electron-vite dev`; then only that origin is ours. */
  devServerUrl?: string | undefined
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

export function isAllowedSender(sender: SenderInfo, renderer: RendererLocation): boolean {
  if (!sender.fromOurWindow || !sender.isMainFrame || !sender.frameUrl) return false
  const url = parse(sender.frameUrl)
  if (!url) return false
  if (renderer.devServerUrl) {
    const dev = parse(renderer.devServerUrl)
    return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin
  }
  const index = parse(renderer.indexFileUrl)
  // Any other local file (a downloaded .html the window was somehow pointed at) is not ours.
  return index !== null && index.protocol === 'file:' && url.protocol === 'file:' && url.host === index.host && url.pathname === index.pathname
}
