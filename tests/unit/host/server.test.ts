import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cookieName } from '../../../src/node/host/auth'
import { startHostServer, type RunningHost } from '../../../src/node/host/server'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'
import { articleFile, tempLibrary, type TempLibrary } from './fixtures'

let temp: TempLibrary
let site: string
let host: RunningHost

beforeAll(async () => {
  temp = tempLibrary()
  site = mkdtempSync(join(tmpdir(), 'amud-site-'))
  mkdirSync(join(site, 'assets'))
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>عمود</title>')
  writeFileSync(join(site, 'assets', 'app.css'), 'body{}')
  host = await startHostServer({ service: temp.library, rendererDir: site, port: 0, log: () => {} })
})
afterAll(async () => {
  await host.close()
  temp.dispose()
  rmSync(site, { recursive: true, force: true })
})

const withToken = (init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { 'Content-Type': 'application/json', 'X-Amud-Token': host.token, ...(init.headers as Record<string, string>) }
})

describe('host server', () => {
  it('trades the printed address for a cookie and a clean address', async () => {
    const first = await fetch(host.url, { redirect: 'manual' })
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe('/')
    const cookie = first.headers.get('set-cookie') ?? ''
    expect(cookie).toBe(`${cookieName(host.port)}=${host.token}; HttpOnly; SameSite=Strict; Path=/`)
    const page = await fetch(`${host.origin}/`, { headers: { cookie: cookie.split(';')[0] as string } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('عمود')
    const css = await fetch(`${host.origin}/assets/app.css`, { headers: { cookie: cookie.split(';')[0] as string } })
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers calls in the envelope, and refuses malformed ones', async () => {
    const created = await fetch(`${host.origin}/api/createArticle`, withToken({ method: 'POST', body: '[{"title":"س"}]' }))
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await created.json()).toMatchObject({ ok: true, value: { title: 'س' } })
    const bad = await fetch(`${host.origin}/api/createArticle`, withToken({ method: 'POST', body: '[{' }))
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect((await fetch(`${host.origin}/api/listArticles`, withToken())).status).toBe(405)
    const form = await fetch(`${host.origin}/api/listArticles`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Amud-Token': host.token },
      body: '[]'
    })
    expect(form.status).toBe(415)
  })

  it('streams import progress to event subscribers', async () => {
    const abort = new AbortController()
    const stream = await fetch(`${host.origin}/api/events`, withToken({ signal: abort.signal }))
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader()
    const decoder = new TextDecoder()
    let text = ''
    await reader.read().then((r) => (text += decoder.decode(r.value)))
    await fetch(`${host.origin}/api/importFiles`, withToken({ method: 'POST', body: JSON.stringify([[articleFile('a.txt', 'فقرة.')]]) }))
    while (!text.includes('event: importProgress')) {
      const r = await reader.read()
      if (r.done) break
      text += decoder.decode(r.value)
    }
    abort.abort()
    const data = /event: importProgress\ndata: (.*)\n\n/.exec(text)?.[1]
    expect(JSON.parse(data ?? 'null')).toEqual({ done: 1, total: 1, name: 'a.txt' })
  })
})
