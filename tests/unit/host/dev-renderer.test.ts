import { describe, expect, it } from 'vitest'
import { devRendererUrl } from '../../../src/node/dev-renderer'

const url = 'http://localhost:5173'

describe('devRendererUrl', () => {
  it('loads the dev server only in a development build that is not packaged', () => {
    expect(devRendererUrl({ devBuild: true, packaged: false, url })).toBe(url)
    expect(devRendererUrl({ devBuild: true, packaged: false, url: 'http://127.0.0.1:5174/' })).toBe('http://127.0.0.1:5174/')
    expect(devRendererUrl({ devBuild: true, packaged: false, url: 'https://[::1]:5173' })).toBe('https://[::1]:5173')
  })

  it('ignores ELECTRON_RENDERER_URL in a built or packaged app', () => {
    expect(devRendererUrl({ devBuild: false, packaged: false, url })).toBeUndefined()
    expect(devRendererUrl({ devBuild: false, packaged: true, url })).toBeUndefined()
    expect(devRendererUrl({ devBuild: true, packaged: true, url })).toBeUndefined()
  })

  it('ignores addresses that are not a web server on this machine', () => {
    for (const bad of [
      'https://evil.example/',
      'http://192.168.1.5:5173',
      'file:///tmp/index.html',
      'javascript:alert(1)',
      'http://user:pw@localhost:5173',
      'not a url',
      ''
    ]) {
      expect(devRendererUrl({ devBuild: true, packaged: false, url: bad })).toBeUndefined()
    }
    expect(devRendererUrl({ devBuild: true, packaged: false, url: undefined })).toBeUndefined()
  })
})
