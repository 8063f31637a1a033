// Which web permissions the window's page gets: none, except writing text to the clipboard
// (the Copy buttons' navigator.clipboard.writeText) from our own page's top frame. Chromium
// first checks a permission and asks only when the check says no, so main answers both the
// check and the request with this one rule. Pure, so it runs (and is tested) under plain Node.
import { isAllowedSender, type RendererLocation, type SenderInfo } from './ipc-guard'

/** What the page may have; Chromium still wants a click (user activation) for each write. */
const GRANTED = new Set(['clipboard-sanitized-write'])

export function permissionAllowed(permission: string, from: SenderInfo, renderer: RendererLocation): boolean {
  return GRANTED.has(permission) && isAllowedSender(from, renderer)
}
