// What the real host server answers to requests no page of ours sends, over raw sockets: bodies
// over the limit get a 413 the client actually reads (not a reset, not a body read whole), a
// body of blanks is not taken as "no arguments", a document nested 1,000 levels is "invalid"
// (not a stack overflow reported as "internal"), and two Host headers or an absolute-form
// request line get 400.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHostServer, type RunningHost } from '../../../src/node/host/server'
import { tempLibrary, type TempLibrary } from './fixtures'
import { rawExchange } from './support/raw-http'
import { ar } from '../messages/render'
import type { Said } from '../../../src/shared/messages/catalog'

let temp: TempLibrary
let site: string
let host: RunningHost

beforeAll(async () => {
  temp = tempLibrary()
  site = mkdtempSync(join(tmpdir(), 'amud-site-'))
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>عمود</title>')
  host = await startHostServer({ service: temp.library, rendererDir: site, port: 0, log: () => {} })
})
afterAll(async () => {
  await host.close()
  temp.dispose()
  rmSync(site, { recursive: true, force: true })
})

const MB = 1024 * 1024

function apiHead(method: string, lines: string[] = []): string {
  return [`POST /api/${method} HTTP/1.1`, `Host: 127.0.0.1:${host.port}`, 'Content-Type: application/json', `X-Amud-Token: ${host.token}`, ...lines].join(
    '\r\n'
  )
}

async function call(method: string, body: string): Promise<{ status: number; reply: { ok: boolean; error?: { code: string; message: string; said?: Said } } }> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Amud-Token': host.token },
    body,
    signal: AbortSignal.timeout(15_000)
  })
  return { status: res.status, reply: (await res.json()) as never }
}

describe('request bodies', () => {
  it('answers 413, read by the client, to a 300 MB upload, and keeps serving', async () => {
    const exchange = await rawExchange(host.port, apiHead('importFiles', [`Content-Length: ${300 * MB}`]), { bodyBytes: 300 * MB })
    expect(exchange.errorBeforeResponse).toBeNull()
    expect(exchange.status).toBe(413)
    expect(exchange.response).toContain('too large')
    expect((await call('countByStatus', '[]')).reply.ok).toBe(true)
  })

  it('lets a client that reads only after sending still read its 413 (no reset)', async () => {
    const exchange = await rawExchange(host.port, apiHead('importFiles', [`Content-Length: ${300 * MB}`]), { bodyBytes: 16 * MB, readAfterSending: true })
    expect(exchange.errorBeforeResponse).toBeNull()
    expect(exchange.status).toBe(413)
  })

  it('stops reading a body sent without a length once it passes the limit', async () => {
    const exchange = await rawExchange(host.port, apiHead('countByStatus', ['Transfer-Encoding: chunked']), { bodyBytes: 100 * MB, chunked: true })
    expect(exchange.errorBeforeResponse).toBeNull()
    expect(exchange.status).toBe(413)
    expect(exchange.sent).toBeLessThan(100 * MB)
  })

  it('refuses a 100 MB call that carries no files at once, without reading it', async () => {
    const exchange = await rawExchange(host.port, apiHead('countByStatus', [`Content-Length: ${100 * MB}`]), { bodyBytes: 100 * MB })
    expect(exchange.errorBeforeResponse).toBeNull()
    expect(exchange.status).toBe(413)
  })

  it('does not take a body of blanks as no arguments', async () => {
    const { status, reply } = await call('countByStatus', ' '.repeat(1000))
    expect(status).toBe(400)
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('answers "invalid", not "internal", to a document nested 1,000 levels', async () => {
    const created = await call('createArticle', '[]')
    const article = (created.reply as unknown as { value: { id: string; version: number } }).value
    let node: unknown = { type: 'text', version: 1, text: 'س' }
    for (let i = 0; i < 1000; i++) node = { type: 'paragraph', version: 1, children: [node] }
    const args = [{ id: article.id, baseVersion: article.version, changes: { document: { root: { type: 'root', children: [node] } } } }]
    const { reply } = await call('saveArticle', JSON.stringify(args))
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(reply.error?.message).toMatch(/nest/)
    expect(ar(reply.error?.said)).toMatch(/تتداخل/)
    // Far deeper still: refused the same way (or as JSON that cannot be read), never "internal".
    const deep = await call('saveArticle', `${'['.repeat(200_000)}${']'.repeat(200_000)}`)
    expect(deep.reply).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })
})

describe('request lines and headers', () => {
  it('answers 400 to two Host headers', async () => {
    const head = ['GET / HTTP/1.1', `Host: 127.0.0.1:${host.port}`, 'Host: evil.example', `X-Amud-Token: ${host.token}`].join('\r\n')
    const exchange = await rawExchange(host.port, head)
    expect(exchange.status).toBe(400)
  })

  it('answers 400 to an absolute-form or asterisk request line', async () => {
    for (const target of [`http://127.0.0.1:${host.port}/`, 'http://x/', '*', '//x/']) {
      const head = [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${host.port}`, `X-Amud-Token: ${host.token}`].join('\r\n')
      const exchange = await rawExchange(host.port, head)
      expect(exchange.status, target).toBe(400)
    }
  })

  it('still serves a well-formed request on the same terms', async () => {
    const head = ['GET / HTTP/1.1', `Host: 127.0.0.1:${host.port}`, `X-Amud-Token: ${host.token}`, 'Connection: close'].join('\r\n')
    const exchange = await rawExchange(host.port, head)
    expect(exchange.status).toBe(200)
    expect(Buffer.from(exchange.response, 'latin1').toString('utf8')).toContain('عمود')
  })
})
