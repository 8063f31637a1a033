// The browser host stops when asked: SIGTERM (a service manager, `kill`) or SIGINT (Ctrl+C)
// closes its server, its event streams, the spell worker and the library, and the process
// exits with status 0 within 2 s, even with a page's event stream open and the spell worker
// busy with a long check (a busy worker used to keep the process alive until it finished).
import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { STILL_OPEN } from '../../../src/node/host/cli'
import { startChildHost, type ChildHost } from './support/child-host'

let host: ChildHost | undefined
afterEach(async () => {
  await host?.dispose()
  host = undefined
})

function post(h: ChildHost, method: string, args: unknown[]): Promise<Response> {
  return fetch(`${h.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Amud-Token': h.token },
    body: JSON.stringify(args)
  })
}

/** Opens /api/events as a page does and resolves once the stream has begun. */
function openEvents(h: ChildHost): Promise<void> {
  return new Promise((done, fail) => {
    const req = request(`${h.origin}/api/events`, { headers: { 'X-Amud-Token': h.token } }, (res) => {
      res.once('data', () => done())
      res.on('error', () => {})
    })
    req.on('error', fail)
    req.end()
  })
}

/** Thousands of made-up words: checking them keeps the spell worker busy for many seconds. */
function madeUpWords(count: number): string[] {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'
  return Array.from({ length: count }, (_, n) => Array.from({ length: 8 }, (_, i) => letters[(n * 7 + i * 13 + (n >> i)) % letters.length]).join(''))
}

/** Sends a long spelling check and resolves once the host has it in hand (it never answers it in time). */
async function busySpellWorker(h: ChildHost): Promise<void> {
  const body = JSON.stringify([null, madeUpWords(2_000)])
  await new Promise<void>((sent, fail) => {
    const req = request(`${h.origin}/api/checkSpelling`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Amud-Token': h.token, 'Content-Length': Buffer.byteLength(body) }
    })
    req.on('error', () => {})
    req.on('response', (res) => res.resume())
    req.once('error', fail)
    req.end(body, () => sent())
  })
  // A call made after it was sent is answered after the host has read it (and passed it on).
  expect(await (await post(h, 'countByStatus', [])).json()).toMatchObject({ ok: true })
}

describe.each(['SIGTERM', 'SIGINT'] as const)('the host on %s', (signal) => {
  it('closes everything and exits with status 0 within 2 s', async () => {
    host = await startChildHost()
    // The dictionary is loaded: the worker is up and answering.
    expect(await (await post(host, 'checkSpelling', [null, ['كتاب']])).json()).toMatchObject({ ok: true })
    await openEvents(host)
    await openEvents(host)
    await busySpellWorker(host)
    host.child.kill(signal)
    const exit = await host.exited(2_000)
    expect(exit, `the host was still running 2 s after ${signal}. Its log:\n${host.log()}`).toEqual({ code: 0, signal: null })
    expect(host.log()).not.toContain(STILL_OPEN)
  })
})
