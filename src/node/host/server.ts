// The browser host: the built renderer and the library's contract over HTTP, on 127.0.0.1.
// POST /api/<method> with the arguments array as JSON answers the same { ok, value } |
// { ok: false, error } envelope Electron's IPC does; GET /api/events streams the events.
import { createReadStream, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LibraryService } from '../../shared/api/library'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { dispatch, type Reply } from '../service-dispatch'
import { checkRequest, newToken, tokenCookie } from './auth'
import { EventHub } from './events'
import { resolveStatic } from './static'

export interface HostOptions {
  service: LibraryService
  /** The built renderer: out/renderer. */
  rendererDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  token?: string
  log?: (line: string) => void
}

export interface RunningHost {
  /** The address to open, token included. */
  url: string
  origin: string
  port: number
  token: string
  events: EventHub
  close(): Promise<void>
}

/** importFiles carries base64 files of up to 16 MB each: the body limit is generous but finite. */
const MAX_BODY_BYTES = 256 * 1024 * 1024

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge())
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  res.end(`${text}\n`)
}

function sendReply(res: ServerResponse, status: number, reply: Reply): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(reply))
}

export async function startHostServer(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newToken()
  const rendererDir = realpathSync(options.rendererDir)
  const log = options.log ?? ((line: string) => console.error(line))
  const events = new EventHub()
  let port = 0

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/api/events') {
      if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed.', { Allow: 'GET' })
      return events.add(res)
    }
    if (req.method !== 'POST') return sendText(res, 405, 'Calls are made with POST.', { Allow: 'POST' })
    let args: unknown
    try {
      const body = await readBody(req)
      args = body.trim() === '' ? [] : JSON.parse(body)
    } catch (err) {
      if (err instanceof BodyTooLarge) return sendText(res, 413, 'The call is too large.')
      return sendReply(res, 400, { ok: false, error: { code: 'invalid', message: 'The call\'s body is not valid JSON.' } })
    }
    const method = path.slice('/api/'.length)
    const reply = await dispatch(options.service, method, args, {
      onImportProgress: (progress) => events.emit('importProgress', progress),
      onExportProgress: (progress) => events.emit('exportProgress', progress),
      log
    })
    sendReply(res, 200, reply)
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' })
    const target = await resolveStatic(rendererDir, path)
    if (target.kind === 'bad-request') return sendText(res, 400, 'Bad path.')
    if (target.kind === 'not-found') {
      // Browsers ask for an icon the app does not ship; "no content" keeps a 404 out of the console.
      if (path === '/favicon.ico') return sendText(res, 204, '')
      return sendText(res, 404, 'Not found.')
    }
    res.writeHead(200, {
      'Content-Type': target.type,
      'Content-Length': String(target.size),
      'Cache-Control': target.immutable ? 'private, max-age=31536000, immutable' : 'no-cache'
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(target.file).pipe(res)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    const facts = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }
    const verdict = checkRequest(facts, token, port)
    if (!verdict.ok) return sendText(res, verdict.status, verdict.reason)
    if (verdict.via === 'url') {
      // The token leaves the address bar (and history) at once; the cookie carries it from now.
      return sendText(res, 303, 'See the app.', { Location: verdict.location, 'Set-Cookie': tokenCookie(token, port) })
    }
    const path = new URL(facts.url, 'http://127.0.0.1').pathname
    if (path === '/api' || path.startsWith('/api/')) return handleApi(req, res, path)
    return handleStatic(req, res, path)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`amud serve: ${req.method} ${req.url} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
      if (!res.headersSent) sendText(res, 500, 'The host failed; see its log.')
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        events.close()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
