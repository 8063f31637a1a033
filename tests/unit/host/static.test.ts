import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mimeType, resolveStatic } from '../../../src/node/host/static'

let base: string
let root: string

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'amud-static-')))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'x')
  writeFileSync(join(base, 'secret.txt'), 'secret')
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('resolveStatic', () => {
  it('serves files with their types and index.html at the root', async () => {
    expect(await resolveStatic(root, '/')).toMatchObject({ kind: 'file', file: join(root, 'index.html'), type: 'text/html; charset=utf-8' })
    expect(await resolveStatic(root, '/assets/index-abc.js')).toMatchObject({ kind: 'file', type: 'text/javascript; charset=utf-8', immutable: true })
  })

  it('falls back to index.html for app routes, not for missing files', async () => {
    expect(await resolveStatic(root, '/articles/12')).toMatchObject({ kind: 'file', file: join(root, 'index.html') })
    expect(await resolveStatic(root, '/assets/missing.js')).toEqual({ kind: 'not-found' })
  })

  it('never leaves the root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A']) {
      const target = await resolveStatic(root, path)
      expect(target.kind === 'file' ? target.file : null, path).not.toBe(join(base, 'secret.txt'))
      expect(target.kind, path).not.toBe('file')
    }
    expect(await resolveStatic(root, '/assets/link.txt')).toEqual({ kind: 'not-found' })
  })

  it('knows the types the renderer ships', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8')
    expect(mimeType('a.woff2')).toBe('font/woff2')
    expect(mimeType('a.svg')).toBe('image/svg+xml')
    expect(mimeType('a.PNG')).toBe('image/png')
    expect(mimeType('a.unknown')).toBe('application/octet-stream')
  })
})
