// The browser host end to end: `npm run serve` as a user starts it, Debian's Chromium as the
// browser, and the real SQLite library file underneath.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/node/library'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { startHost, type RunningHost } from './support/host'
import { callApi, rawRequest } from './support/http'

/** A small article in the tagged format the importer reads. */
const ARTICLE = [
  '[author image="https://example.com/pic.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب الاختبار[/author]',
  '” اقتباس بارز؟”',
  'ـ'.repeat(25),
  'فقرة المقالة الوحيدة.'
].join('\n')

let host: RunningHost
let browser: LaunchedBrowser | null = null

beforeAll(async () => {
  host = await startHost()
})
afterAll(async () => {
  await host?.stop()
})
afterEach(async () => {
  await browser?.close()
  browser = null
})

describe('browser host', () => {
  it('prints its address first: 127.0.0.1, a port, a long token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/)
  })

  it('serves the app, which loads without console errors and reaches the library', async () => {
    browser = await launchBrowser()
    const { page } = browser
    const response = await page.goto(host.url, { waitUntil: 'load' })
    expect(response?.status()).toBe(200)
    // The token left the address bar for an HttpOnly cookie.
    expect(page.url()).toBe(`${host.origin}/`)
    expect(await page.evaluate(() => document.cookie)).toBe('')
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0)
    const counts = await page.evaluate(async () => {
      const res = await fetch('/api/countByStatus', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' })
      return (await res.json()) as { ok: boolean; value: { total: number } }
    })
    expect(counts).toMatchObject({ ok: true, value: { total: expect.any(Number) } })
    expect(browser.errors).toEqual([])
  })

  it('streams events to the page over server-sent events, with the cookie alone', async () => {
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(host.url, { waitUntil: 'load' })
    const file = { name: 'مقالة.txt', base64: Buffer.from(ARTICLE, 'utf8').toString('base64') }
    const seen = await page.evaluate(
      async (files) => {
        const source = new EventSource('/api/events')
        const events: unknown[] = []
        source.addEventListener('importProgress', (e) => events.push(JSON.parse(e.data)))
        await new Promise((open) => source.addEventListener('open', open))
        const res = await fetch('/api/importFiles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([files]) })
        const reply = (await res.json()) as unknown
        for (let i = 0; i < 50 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 100))
        source.close()
        return { reply, events }
      },
      [file]
    )
    expect(seen.reply).toMatchObject({ ok: true, value: { imported: 1 } })
    expect(seen.events).toEqual([{ done: 1, total: 1, name: 'مقالة.txt' }])
    // The app's list follows imports made elsewhere, so it shows the new article, whose picture
    // cannot load offline (the initial stands in for it).
    expect(browser.errors.filter((e) => !/example\.com\/pic\.jpg/.test(e))).toEqual([])
  })

  it('refuses a request without the token, or with another', async () => {
    const call = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' }
    expect((await rawRequest(host.origin, '/api/listArticles', call)).status).toBe(401)
    expect((await rawRequest(host.origin, '/')).status).toBe(401)
    const wrong = { ...call, headers: { ...call.headers, 'X-Amud-Token': 'not-the-token' } }
    expect((await rawRequest(host.origin, '/api/listArticles', wrong)).status).toBe(403)
  })

  it('refuses a foreign Host header and cross-origin posts, token or not', async () => {
    const headers = { 'Content-Type': 'application/json', 'X-Amud-Token': host.token }
    const rebound = await rawRequest(host.origin, '/api/listArticles', {
      method: 'POST',
      headers: { ...headers, Host: `evil.example:${host.port}` },
      body: '[]'
    })
    expect(rebound.status).toBe(403)
    const crossOrigin = await rawRequest(host.origin, '/api/listArticles', {
      method: 'POST',
      headers: { ...headers, Origin: 'http://localhost:9999' },
      body: '[]'
    })
    expect(crossOrigin.status).toBe(403)
  })

  it('creates an article that listArticles returns, in the real library file', async () => {
    const created = (await callApi(host.origin, host.token, 'createArticle', [{ title: 'عمود الاختبار' }])) as {
      ok: boolean
      value: { id: string }
    }
    expect(created.ok).toBe(true)
    const listed = (await callApi(host.origin, host.token, 'listArticles', [])) as { ok: boolean; value: { items: { id: string; title: string }[] } }
    expect(listed.value.items.map((a) => a.id)).toContain(created.value.id)

    const fresh = openLibrary(host.libraryPath)
    try {
      expect(fresh.getArticle(created.value.id).title).toBe('عمود الاختبار')
    } finally {
      fresh.close()
    }
  })

  it("answers bad calls with the contract's errors", async () => {
    expect(await callApi(host.origin, host.token, 'noSuchCall', [])).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await callApi(host.origin, host.token, 'getArticle', [42])).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await callApi(host.origin, host.token, 'getArticle', ['missing'])).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('sends the same Content-Security-Policy header as Electron', async () => {
    const page = await rawRequest(host.origin, '/', { headers: { 'X-Amud-Token': host.token } })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    const refused = await rawRequest(host.origin, '/')
    expect(refused.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })
})
