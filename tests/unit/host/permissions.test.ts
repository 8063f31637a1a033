import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { permissionAllowed } from '../../../src/node/permissions'
import type { SenderInfo } from '../../../src/node/ipc-guard'

const indexFileUrl = pathToFileURL('/opt/amud/out/renderer/index.html').href
const built = { indexFileUrl }
const ourPage: SenderInfo = { frameUrl: `${indexFileUrl}#/article/1`, isMainFrame: true, fromOurWindow: true }

describe('permissionAllowed', () => {
  it('lets our page write to the clipboard (the Copy buttons)', () => {
    expect(permissionAllowed('clipboard-sanitized-write', ourPage, built)).toBe(true)
  })

  it('refuses every other permission, even to our page', () => {
    for (const p of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'hid', 'unknown']) {
      expect(permissionAllowed(p, ourPage, built)).toBe(false)
    }
  })

  it('refuses the clipboard to any other page, frame or window, and when the page is unknown', () => {
    expect(permissionAllowed('clipboard-sanitized-write', { ...ourPage, frameUrl: 'https://example.com/' }, built)).toBe(false)
    expect(permissionAllowed('clipboard-sanitized-write', { ...ourPage, isMainFrame: false }, built)).toBe(false)
    expect(permissionAllowed('clipboard-sanitized-write', { ...ourPage, fromOurWindow: false }, built)).toBe(false)
    expect(permissionAllowed('clipboard-sanitized-write', { ...ourPage, frameUrl: null }, built)).toBe(false)
  })
})
