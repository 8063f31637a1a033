// One picture fetched with hard limits, because the address came from an imported file and may
// name any server: http or https only (redirects too, and few of them), a time limit for the
// whole exchange, and a size limit enforced while the bytes arrive (a server that lies about,
// or omits, its length is cut off at the limit). What comes back must be a PNG, JPEG, WebP or
// GIF by its own bytes. Nor may an imported file make Amud ask this computer's own services or
// a cloud machine's metadata service: loopback, link-local and unspecified addresses are
// refused, checked on the address actually connected to (so a name that resolves there, or a
// redirect to one, is refused too), unless the host is named in `onlyHosts`. Every failure is a
// sentence, never a thrown error.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns'
import { get as httpGet, type IncomingMessage } from 'node:http'
import { get as httpsGet } from 'node:https'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import type { PictureOutcome } from '../library'
import { sniffPictureType } from './sniff'

export interface PictureLimits {
  maxBytes: number
  timeoutMs: number
  maxRedirects: number
  /**
   * Only these host names are asked (redirects included); unset, any. The test suites set
   * AMUD_PICTURE_HOSTS=127.0.0.1 so that a fixture naming a real site's picture never makes the
   * host look that site up: tests talk to this machine alone.
   */
  onlyHosts?: readonly string[]
}

function hostsFromEnv(value: string | undefined): readonly string[] | undefined {
  const hosts = value
    ?.split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '')
  return hosts && hosts.length > 0 ? hosts : undefined
}

const ONLY_HOSTS = hostsFromEnv(process.env.AMUD_PICTURE_HOSTS)
export const PICTURE_LIMITS: PictureLimits = {
  maxBytes: 512 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 3,
  ...(ONLY_HOSTS ? { onlyHosts: ONLY_HOSTS } : {})
}

const ACCEPT = 'image/png, image/jpeg, image/webp, image/gif'

/** This computer and the link: 127/8, 0/8, 169.254/16 (cloud metadata), ::1, ::, fe80::/10 (IPv4-mapped forms too). */
const NOT_ASKED = new BlockList()
NOT_ASKED.addSubnet('127.0.0.0', 8, 'ipv4')
NOT_ASKED.addSubnet('0.0.0.0', 8, 'ipv4')
NOT_ASKED.addSubnet('169.254.0.0', 16, 'ipv4')
NOT_ASKED.addAddress('::1', 'ipv6')
NOT_ASKED.addAddress('::', 'ipv6')
NOT_ASKED.addSubnet('fe80::', 10, 'ipv6')

const NOT_ASKED_WHY = 'an address on this computer or its link, not asked for pictures'

/** Whether `address` (an IP address; a name is never) is one pictures are not asked from. */
export function isRefusedAddress(address: string): boolean {
  const family = isIP(address)
  return family !== 0 && NOT_ASKED.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

class RefusedAddress extends Error {}

/** dns.lookup, failing for an address in NOT_ASKED: the check is made on what the socket connects to. */
const guardedLookup = ((hostname: string, options: LookupOneOptions | LookupAllOptions, callback: (...args: unknown[]) => void): void => {
  dnsLookup(hostname, options as LookupAllOptions, (err, found: LookupAddress[] | string, family?: number) => {
    if (err) return callback(err)
    const addresses = Array.isArray(found) ? found.map((f) => f.address) : [found]
    const refused = addresses.find(isRefusedAddress)
    if (refused) return callback(new RefusedAddress(`${hostname} is at ${refused}, ${NOT_ASKED_WHY}`))
    if (Array.isArray(found)) callback(null, found)
    else callback(null, found, family)
  })
}) as LookupFunction

function request(url: URL, signal: AbortSignal, guarded: boolean): Promise<IncomingMessage> {
  const get = url.protocol === 'https:' ? httpsGet : httpGet
  return new Promise((resolve, reject) => {
    // No cookies, no referrer: the picture's server learns nothing about the library.
    const req = get(url, { signal, headers: { Accept: ACCEPT, 'User-Agent': 'Amud' }, ...(guarded ? { lookup: guardedLookup } : {}) }, resolve)
    req.on('error', reject)
  })
}

function failed(failure: string): PictureOutcome {
  return { ok: false, failure }
}

function why(err: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) {
    const reason: unknown = signal.reason
    return reason instanceof Error && reason.name === 'TimeoutError' ? `no complete answer within ${timeoutMs} ms` : 'stopped'
  }
  if (err instanceof RefusedAddress) return err.message
  return `could not be fetched: ${err instanceof Error ? err.message : String(err)}`
}

async function readCapped(res: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) {
      res.destroy()
      return null
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Fetches `address` within `limits`; `stop` aborts it (the host is closing). */
export async function fetchPicture(address: string, limits: PictureLimits = PICTURE_LIMITS, stop?: AbortSignal): Promise<PictureOutcome> {
  const deadline = AbortSignal.timeout(limits.timeoutMs)
  const signal = stop ? AbortSignal.any([stop, deadline]) : deadline
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return failed('not a valid address')
  }
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return failed(`only http and https addresses are fetched, not ${url.protocol}`)
    if (limits.onlyHosts && !limits.onlyHosts.includes(url.hostname.toLowerCase())) {
      return failed(`${url.hostname} is not among the hosts pictures may come from here (${limits.onlyHosts.join(', ')})`)
    }
    // A host named in onlyHosts is asked wherever it is (the test suites' pictures are served on 127.0.0.1).
    const guarded = !limits.onlyHosts?.includes(url.hostname.toLowerCase())
    const literal = url.hostname.replace(/^\[(.*)\]$/, '$1')
    if (guarded && isRefusedAddress(literal)) return failed(`${literal} is ${NOT_ASKED_WHY}`)
    let res: IncomingMessage
    try {
      res = await request(url, signal, guarded)
    } catch (err) {
      return failed(why(err, signal, limits.timeoutMs))
    }
    const status = res.statusCode ?? 0
    const location = res.headers.location
    if (status >= 300 && status < 400 && location) {
      res.destroy()
      if (redirects >= limits.maxRedirects) return failed(`more than ${limits.maxRedirects} redirects`)
      try {
        url = new URL(location, url)
      } catch {
        return failed('redirected to an invalid address')
      }
      continue
    }
    if (status !== 200) {
      res.destroy()
      return failed(`the server answered HTTP ${status}`)
    }
    const declared = Number(res.headers['content-length'])
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      res.destroy()
      return failed(`larger than ${limits.maxBytes} bytes`)
    }
    let bytes: Buffer | null
    try {
      bytes = await readCapped(res, limits.maxBytes)
    } catch (err) {
      return failed(why(err, signal, limits.timeoutMs))
    }
    if (bytes === null) return failed(`larger than ${limits.maxBytes} bytes`)
    const type = sniffPictureType(bytes)
    if (!type) return failed('not a PNG, JPEG, WebP or GIF picture')
    return { ok: true, type, bytes }
  }
}
