// Electron's security checklist, applied to every web contents the app ever creates.
import { app, session, shell, type BrowserWindow, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import type { RendererLocation } from '../node/ipc-guard'
import { permissionAllowed } from '../node/permissions'

export interface HardenOptions {
  window: () => BrowserWindow | null
  renderer: RendererLocation
}

export function hardenSessions({ window, renderer }: HardenOptions): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  const ours = (contents: WebContents | null): boolean => {
    const win = window()
    return contents !== null && win !== null && !win.isDestroyed() && contents === win.webContents
  }
  // No permission (camera, notifications, geolocation…) is ever needed but the clipboard write
  // of the Copy buttons (src/node/permissions.ts). Checks and requests get the same answer.
  session.defaultSession.setPermissionCheckHandler((contents, permission, _origin, details) =>
    permissionAllowed(permission, { frameUrl: details.requestingUrl ?? null, isMainFrame: details.isMainFrame, fromOurWindow: ours(contents) }, renderer)
  )
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(permissionAllowed(permission, { frameUrl: details.requestingUrl, isMainFrame: details.isMainFrame, fromOurWindow: ours(contents) }, renderer))
  )

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    // The same for any frame, not only the top one (the app has no frames; a page that adds one
    // may not send it anywhere).
    contents.on('will-frame-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      // Links in an article open in the system browser, never inside the app.
      if (/^https?:\/\//i.test(url) || /^mailto:/i.test(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}
