// The desk's HTTP server (node:http). Every request is authenticated by its bearer token
// before anything else is read; a body is read only up to MAX_DESK_BODY_BYTES (past it the
// request is refused with 413 and the rest is not read), measured for nesting before zod sees
// it, then checked against the contract. Errors are JSON { error: { code, message } }; an
// unexpected failure is logged here and answered as "internal", never with its stack.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { z } from 'zod'
import { nestsDeeperThan } from '../../shared/api/nesting'
import { listQuery, MAX_DESK_BODY_BYTES, presenceRequest, pullQuery, pushRequest, searchQuery, sendRequest, type WhoAmI } from '../../shared/desk/contract'
import { assertVisible, getDeskArticle, pull, push, statusTrail } from './articles'
import { listDesk, listEditors, sendArticle } from './assign'
import { commentRoute } from './comments'
import type { DeskDb } from './db'
import { DeskFailure } from './errors'
import { DESK_SCHEMA_VERSION } from './migrate'
import { Presence } from './presence'
import { searchDesk } from './search'
import { Authenticator, type DeskUser } from './users'

export interface DeskServerOptions {
  port?: number
  host?: string
  maxBodyBytes?: number
  /** Called for each failure that is not a DeskFailure (default: written to standard error). */
  log?: (message: string) => void
  /**
   * Runs after a request's work is done and before its answer is sent: for fault tests, which
   * hold an answer back to cut a client off after the desk has acted.
   */
  beforeAnswer?: (route: string, user: DeskUser) => Promise<void>
  /** Who has which article open (default: a fresh one, with its time to live). */
  presence?: Presence
}

export interface RunningDesk {
  url: string
  server: Server
  close(): Promise<void>
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])
export const isLoopback = (host: string): boolean => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host)

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' })
  res.end(text)
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > max) {
      reject(tooLarge(max))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > max) {
        req.pause()
        req.removeAllListeners('data')
        reject(tooLarge(max))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function tooLarge(max: number): DeskFailure {
  return new DeskFailure('too_large', `The request is larger than this desk accepts (${max} bytes); send fewer changes at a time.`)
}

function parseJson<S extends z.ZodType>(buf: Buffer, schema: S): z.infer<S> {
  let value: unknown
  try {
    value = JSON.parse(buf.toString('utf8'))
  } catch {
    throw new DeskFailure('invalid', 'The request body is not JSON.')
  }
  if (nestsDeeperThan(value)) throw new DeskFailure('invalid', 'The request nests deeper than a desk request may (200 levels).')
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new DeskFailure('invalid', `The request is not valid: ${issue.path.join('.') || 'body'}: ${issue.message}.`)
  }
  return parsed.data as z.infer<S>
}

export async function startDeskServer(db: DeskDb, options: DeskServerOptions = {}): Promise<RunningDesk> {
  const host = options.host ?? '127.0.0.1'
  const max = options.maxBodyBytes ?? MAX_DESK_BODY_BYTES
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`))
  const auth = new Authenticator(db)
  const presence = options.presence ?? new Presence()

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://desk')
    const user = await auth.authenticate(req.headers.authorization)
    const route = `${req.method} ${url.pathname.replace(/^\/v1\/articles\/[^/]+$/, '/v1/articles/:id').replace(/^\/v1\/articles\/[^/]+\/(trail|send)$/, '/v1/articles/:id/$1')}`
    let answer: unknown
    switch (route) {
      case 'GET /v1/whoami':
        answer = { name: user.name, role: user.role, desk: 'amud-desk', schema: DESK_SCHEMA_VERSION } satisfies WhoAmI
        break
      case 'POST /v1/push': {
        const body = parseJson(await readBody(req, max), pushRequest)
        answer = { results: await push(db, user, body.changes) }
        break
      }
      case 'GET /v1/pull': {
        const q = pullQuery.safeParse(Object.fromEntries(url.searchParams))
        if (!q.success) throw new DeskFailure('invalid', 'A pull needs ?since=N (a change number, 0 for everything) and at most limit=200.')
        answer = await pull(db, user, q.data.since, q.data.limit)
        break
      }
      case 'GET /v1/search': {
        const q = searchQuery.safeParse(Object.fromEntries(url.searchParams))
        if (!q.success) throw new DeskFailure('invalid', 'A search needs ?q=QUERY (at most 2,000 characters) and at most limit=100.')
        answer = await searchDesk(db, user, q.data.q, q.data.limit)
        break
      }
      case 'GET /v1/articles/:id/trail': {
        const id = decodeURIComponent(url.pathname.slice('/v1/articles/'.length, -'/trail'.length))
        answer = { articleId: id, trail: await statusTrail(db, user, id) }
        break
      }
      case 'POST /v1/articles/:id/send': {
        const id = decodeURIComponent(url.pathname.slice('/v1/articles/'.length, -'/send'.length))
        const body = parseJson(await readBody(req, max), sendRequest)
        await sendArticle(db, user, id, body.to, body.note)
        answer = await getDeskArticle(db, user, id)
        break
      }
      case 'GET /v1/editors':
        answer = await listEditors(db)
        break
      case 'GET /v1/list': {
        const q = listQuery.safeParse(Object.fromEntries(url.searchParams))
        if (!q.success) throw new DeskFailure('invalid', 'A list takes status, owner, assigned, q (at most 2,000 characters) and limit (at most 100).')
        answer = await listDesk(db, user, q.data)
        break
      }
      case 'POST /v1/presence': {
        const body = parseJson(await readBody(req, max), presenceRequest)
        if (body.articleId !== null) await assertVisible(db, user, body.articleId)
        answer = { others: presence.here(user.name, body.articleId) }
        break
      }
      case 'GET /v1/articles/:id':
        answer = await getDeskArticle(db, user, decodeURIComponent(url.pathname.slice('/v1/articles/'.length)))
        break
      default: {
        // Comments and an article's versions: their own file (comments.ts).
        answer = await commentRoute(db, user, req.method ?? '', url, async (schema) => parseJson(await readBody(req, max), schema))
        if (answer === undefined) throw new DeskFailure('not_found', `This desk has no ${req.method} ${url.pathname}.`)
      }
    }
    if (options.beforeAnswer) await options.beforeAnswer(route, user)
    send(res, 200, answer)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const failure = err instanceof DeskFailure ? err : null
      if (!failure) log(`amud desk: a request failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
      const f = failure ?? new DeskFailure('internal', "The desk could not do this; the reason is in the desk's log.")
      if (res.headersSent) {
        res.destroy()
        return
      }
      // A refused body is not read further: answer, then close the connection.
      if (f.code === 'too_large') res.setHeader('connection', 'close')
      send(res, f.status, { error: { code: f.code, message: f.message, ...(f.said !== undefined ? { said: f.said } : {}) } })
      if (f.code === 'too_large') res.on('finish', () => req.destroy())
    })
  })
  server.requestTimeout = 60_000
  server.headersTimeout = 20_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
