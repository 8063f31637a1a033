// Whether the window may load the renderer from a dev server instead of the built files. The
// dev server's page gets the full library API and the developer menu, so an address taken from
// the environment is honoured only by a development build (`npm run dev`, which electron-vite
// builds in development mode and which sets ELECTRON_RENDERER_URL itself), never by a packaged
// app, and only on this machine's loopback. Main passes in what it knows; this stays pure.

export interface DevRendererInput {
  /** The main bundle was built for development (import.meta.env.DEV, fixed at build time). */
  devBuild: boolean
  /** Electron's app.isPackaged. */
  packaged: boolean
  /** ELECTRON_RENDERER_URL as found in the environment. */
  url: string | undefined
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The dev server's address to load, or undefined to load the built renderer. */
export function devRendererUrl({ devBuild, packaged, url }: DevRendererInput): string | undefined {
  if (!devBuild || packaged || !url) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  if (!LOOPBACK.has(parsed.hostname) || parsed.username || parsed.password) return undefined
  return url
}
