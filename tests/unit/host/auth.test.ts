import { describe, expect, it } from 'vitest'
import { checkRequest, cookieName, isAllowedHost, newToken, tokenCookie, type RequestFacts } from '../../../src/node/host/auth'

const token = 'T0k3n-of-this-run_abcdefghijklmnopqrstuv'
const port = 41234
const host = `127.0.0.1:${port}`
const get = (url: string, headers: RequestFacts['headers'] = {}): RequestFacts => ({ method: 'GET', url, headers: { host, ...headers } })
const post = (headers: RequestFacts['headers'] = {}): RequestFacts => ({
  method: 'POST',
  url: '/api/listArticles',
  headers: { host, 'content-type': 'application/json', 'x-amud-token': token, ...headers }
})

describe('host checks', () => {
  it('names only our own address', () => {
    expect(isAllowedHost(`127.0.0.1:${port}`, port)).toBe(true)
    expect(isAllowedHost(`localhost:${port}`, port)).toBe(true)
    expect(isAllowedHost('127.0.0.1', port)).toBe(false)
    expect(isAllowedHost(`evil.example:${port}`, port)).toBe(false)
    expect(isAllowedHost(`127.0.0.1:${port + 1}`, port)).toBe(false)
    expect(isAllowedHost(undefined, port)).toBe(false)
  })

  it('refuses a rebinding page naming its own host, even with the right token', () => {
    const v = checkRequest({ ...post(), headers: { ...post().headers, host: `attacker.example:${port}` } }, token, port)
    expect(v).toMatchObject({ ok: false, status: 403 })
  })
})

describe('token checks', () => {
  it('makes long, different tokens each run', () => {
    const a = newToken()
    expect(a.length).toBeGreaterThanOrEqual(40)
    expect(a).not.toBe(newToken())
  })

  it('refuses a request without a token (401) and a wrong one (403)', () => {
    expect(checkRequest(get('/'), token, port)).toMatchObject({ ok: false, status: 401 })
    expect(checkRequest(get('/?token=nope'), token, port)).toMatchObject({ ok: false, status: 403 })
    expect(checkRequest(post({ 'x-amud-token': `${token}x` }), token, port)).toMatchObject({ ok: false, status: 403 })
    expect(checkRequest(get('/', { cookie: `${cookieName(port)}=wrong` }), token, port)).toMatchObject({ ok: false, status: 403 })
  })

  it('turns the token in the URL into a cookie and a redirect without it', () => {
    expect(checkRequest(get(`/?token=${token}`), token, port)).toEqual({ ok: true, via: 'url', location: '/' })
    expect(checkRequest(get(`/x?a=1&token=${token}`), token, port)).toEqual({ ok: true, via: 'url', location: '/x?a=1' })
    expect(tokenCookie(token, port)).toBe(`${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`)
  })

  it('accepts the cookie of this port only, and the header', () => {
    expect(checkRequest(get('/', { cookie: `a=b; ${cookieName(port)}=${token}` }), token, port)).toEqual({ ok: true, via: 'cookie' })
    expect(checkRequest(get('/', { cookie: `${cookieName(port + 1)}=${token}` }), token, port)).toMatchObject({ status: 401 })
    expect(checkRequest(post(), token, port)).toEqual({ ok: true, via: 'header' })
  })

  it('does not take a token from the URL of a call', () => {
    const facts = { ...post({ 'x-amud-token': undefined }), url: `/api/listArticles?token=${token}` }
    expect(checkRequest(facts, token, port)).toMatchObject({ ok: false, status: 401 })
  })
})

describe('origin checks', () => {
  it('refuses posts from another origin and non-JSON posts', () => {
    expect(checkRequest(post({ origin: 'http://localhost:3000' }), token, port)).toMatchObject({ ok: false, status: 403 })
    expect(checkRequest(post({ origin: 'null' }), token, port)).toMatchObject({ ok: false, status: 403 })
    expect(checkRequest(post({ 'content-type': 'text/plain' }), token, port)).toMatchObject({ ok: false, status: 415 })
    expect(checkRequest(post({ origin: `http://${host}` }), token, port)).toMatchObject({ ok: true })
  })

  it('refuses anything a browser labels as coming from another site', () => {
    for (const site of ['cross-site', 'same-site']) {
      expect(checkRequest(get('/', { 'sec-fetch-site': site, cookie: `${cookieName(port)}=${token}` }), token, port)).toMatchObject({ ok: false, status: 403 })
    }
    expect(checkRequest(get(`/?token=${token}`, { 'sec-fetch-site': 'none' }), token, port)).toMatchObject({ ok: true })
  })
})
