// Who may talk to the browser host. It listens on 127.0.0.1 only, but any local program and
// any web page the user visits can reach 127.0.0.1: so every request must carry this run's
// random token, name our exact host (a DNS-rebinding page would name its own), and come from
// our own origin (another site's page cannot post to us or read our event stream).
import { randomBytes, timingSafeEqual } from 'node:crypto'

export const TOKEN_HEADER = 'x-amud-token'

export interface RequestFacts {
  method: string
  /** The request target as received: path plus query. */
  url: string
  headers: Record<string, string | string[] | undefined>
}

export type Verdict =
  | { ok: true; via: 'cookie' | 'header' }
  /** The token came in the URL (the address the host printed): set the cookie and redirect to `location`. */
  | { ok: true; via: 'url'; location: string }
  | { ok: false; status: 401 | 403 | 415; reason: string }

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Cookies ignore ports, so two hosts on one machine would clobber one name: the port is in it. */
export function cookieName(port: number): string {
  return `amud_token_${port}`
}

export function tokenCookie(token: string, port: number): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`
}

function header(facts: RequestFacts, name: string): string | undefined {
  const v = facts.headers[name]
  return Array.isArray(v) ? v[0] : v
}

/**
 * Requests no browser sends to a page's own server, refused before anything else: a target
 * that is not a path on this host (absolute form "GET http://x/", "*", "//x"), or Host given
 * more than once (which one would count?). The reason, or null when the request is well formed.
 */
export function malformedRequest(url: string, rawHeaders: readonly string[]): string | null {
  if (!url.startsWith('/') || url.startsWith('//')) return 'Bad request: ask for a path on this host (such as /), not a full address.'
  let hosts = 0
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]?.toLowerCase() === 'host') hosts++
  if (hosts > 1) return 'Bad request: the Host header is given more than once.'
  return null
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieToken(cookieHeader: string | undefined, port: number): string | undefined {
  if (!cookieHeader) return undefined
  const name = cookieName(port)
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

export function checkRequest(facts: RequestFacts, token: string, port: number): Verdict {
  const host = header(facts, 'host')
  if (!isAllowedHost(host, port)) {
    return { ok: false, status: 403, reason: `This address is served as 127.0.0.1:${port} only.` }
  }
  // Browsers label every request with where it came from; only our own pages, or the user
  // typing or clicking the address ('none'), may reach us.
  const site = header(facts, 'sec-fetch-site')
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' }
  }
  const unsafe = facts.method !== 'GET' && facts.method !== 'HEAD'
  if (unsafe) {
    const origin = header(facts, 'origin')
    if (origin !== undefined && origin !== `http://${host}`) {
      return { ok: false, status: 403, reason: 'Requests from other origins are refused.' }
    }
    // A cross-origin page can post a form or text/plain without asking; JSON it cannot.
    const type = header(facts, 'content-type') ?? ''
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return { ok: false, status: 415, reason: 'Calls must be sent as application/json.' }
    }
  }

  const fromHeader = header(facts, TOKEN_HEADER)
  if (fromHeader !== undefined) {
    return sameToken(fromHeader, token) ? { ok: true, via: 'header' } : wrongToken()
  }
  const url = new URL(facts.url, `http://${host}`)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl !== null && !unsafe) {
    if (!sameToken(fromUrl, token)) return wrongToken()
    url.searchParams.delete('token')
    return { ok: true, via: 'url', location: url.pathname + url.search }
  }
  const fromCookie = cookieToken(header(facts, 'cookie'), port)
  if (fromCookie !== undefined) {
    return sameToken(fromCookie, token) ? { ok: true, via: 'cookie' } : wrongToken()
  }
  return {
    ok: false,
    status: 401,
    reason: "Open the address `npm run serve` printed (it holds this run's access token)."
  }
}

function wrongToken(): Verdict {
  return {
    ok: false,
    status: 403,
    reason: "The access token is not this run's. Open the address `npm run serve` printed most recently."
  }
}
