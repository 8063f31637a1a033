import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAllowedSender, type SenderInfo } from '../../../src/node/ipc-guard'

const indexFileUrl = pathToFileURL('/opt/amud/out/renderer/index.html').href
const built = { indexFileUrl }
const dev = { indexFileUrl, devServerUrl: 'http://localhost:5173/' }
const ours = (frameUrl: string | null): SenderInfo => ({ frameUrl, isMainFrame: true, fromOurWindow: true })

describe('isAllowedSender', () => {
  it("accepts our window's page, built or from the dev server", () => {
    expect(isAllowedSender(ours(indexFileUrl), built)).toBe(true)
    expect(isAllowedSender(ours(`${indexFileUrl}#/article/1`), built)).toBe(true)
    expect(isAllowedSender(ours('http://localhost:5173/'), dev)).toBe(true)
    expect(isAllowedSender(ours('http://localhost:5173/some/route?x=1'), dev)).toBe(true)
  })

  it('refuses other files, other origins and gone frames', () => {
    expect(isAllowedSender(ours('file:///opt/amud/out/renderer/other.html'), built)).toBe(false)
    expect(isAllowedSender(ours('file:///home/me/Downloads/index.html'), built)).toBe(false)
    expect(isAllowedSender(ours('file://evil-host/opt/amud/out/renderer/index.html'), built)).toBe(false)
    expect(isAllowedSender(ours('https://example.com/'), built)).toBe(false)
    expect(isAllowedSender(ours('http://localhost:5174/'), dev)).toBe(false)
    expect(isAllowedSender(ours(indexFileUrl), dev)).toBe(false)
    expect(isAllowedSender(ours('about:blank'), built)).toBe(false)
    expect(isAllowedSender(ours('not a url'), built)).toBe(false)
    expect(isAllowedSender(ours(null), built)).toBe(false)
  })

  it('refuses iframes and other windows even on our URL', () => {
    expect(isAllowedSender({ frameUrl: indexFileUrl, isMainFrame: false, fromOurWindow: true }, built)).toBe(false)
    expect(isAllowedSender({ frameUrl: indexFileUrl, isMainFrame: true, fromOurWindow: false }, built)).toBe(false)
  })

  it('refuses everything when the dev server URL is not http(s)', () => {
    expect(isAllowedSender(ours('file:///x'), { indexFileUrl, devServerUrl: 'file:///x' })).toBe(false)
  })
})
