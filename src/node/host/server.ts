// The browser host: the built renderer and the library's contract over HTTP, on 127.0.0.1.
// POST /api/<method> with the arguments array as JSON answers the same { ok, value } |
// { ok: false, error } envelope Electron's IPC does; GET /api/events streams the events.
import { createReadStream, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { DeskService } from '../../shared/api/desk'
import type { LibraryService } from '../../shared/api/library'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { dispatch, WRITING_METHODS, type Reply } from '../service-dispatch'
import { checkRequest, malformedRequest, newToken, tokenCookie } from './auth'
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
  /** The desk link; poked after every call that writes an article, so a save syncs at once. */
  desk?: DeskService & { poke(): void }
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

/** Calls that carry files (base64, up to 16 MB each) may be large: generous but finite. */
export const MAX_BULK_BODY_BYTES = 256 * 1024 * 1024
/** Every other call: the largest article's document fits several times over. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024
const BULK_METHODS = new Set(['importFiles', 'importDocuments', 'saveFile'])

/**
 * After refusing a body, how long the client may go on sending (read and dropped) before the
 * connection closes: closing on a client still sending makes its system discard our answer
 * and report a reset, so it would never see the 413.
 */
const LINGER_MS = 2_000

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

class BodyTooLarge extends Error {}

/** The body as text; rejects with BodyTooLarge as soon as it is known to exceed `limit` (nothing more is kept). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      chunks.length = 0
      reject(new BodyTooLarge())
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * Answers 413 and closes the connection cleanly: once the answer is out, our side of the
 * connection closes, whatever the client still sends is read and dropped for LINGER_MS, then
 * the socket goes. Node would destroy it the moment the answer is written (its destroySoon,
 * called for "Connection: close"), so this one socket's destroySoon is replaced.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  const socket = req.socket
  socket.destroySoon = () => {
    socket.end()
    const timer = setTimeout(() => socket.destroy(), LINGER_MS)
    socket.once('close', () => clearTimeout(timer))
  }
  const mb = Math.round(limit / (1024 * 1024))
  sendText(res, 413, `The call is too large: at most ${mb} MB.`, { Connection: 'close' })
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
    const method = path.slice('/api/'.length)
    const limit = BULK_METHODS.has(method) ? MAX_BULK_BODY_BYTES : MAX_BODY_BYTES
    let args: unknown
    try {
      // No body means no arguments; anything else must be JSON (a body of blanks is not "[]").
      const body = await readBody(req, limit)
      args = body === '' ? [] : JSON.parse(body)
    } catch (err) {
      if (err instanceof BodyTooLarge) return refuseTooLarge(req, res, limit)
      return sendReply(res, 400, { ok: false, error: { code: 'invalid', message: "The call's body is not valid JSON." } })
    }
    const reply = await dispatch(options.service, method, args, {
      onImportProgress: (progress) => events.emit('importProgress', progress),
      onExportProgress: (progress) => events.emit('exportProgress', progress),
      desk: options.desk,
      log
    })
    sendReply(res, 200, reply)
    if (reply.ok && WRITING_METHODS.has(method)) options.desk?.poke()
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
    const malformed = malformedRequest(facts.url, req.rawHeaders)
    if (malformed) return sendText(res, 400, malformed, { Connection: 'close' })
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
