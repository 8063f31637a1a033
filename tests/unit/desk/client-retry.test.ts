// The library's desk client sends a request once more when its connection fails at once: a
// kept-alive connection the desk closed while the library was busy applying a pull page fails
// the next request before any answer (bench/suites/desk-load.ts met it: "did not answer
// (fetch failed)"). Once more, not forever: a desk that keeps cutting the line is reported.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { DeskClient } from '../../../src/node/desk/client'

let server: Server | null = null

afterEach(async () => {
  const s = server
  server = null
  if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
})

/** A server that cuts the first `cuts` requests' connections without answering, then answers whoami. */
async function cutting(cuts: number): Promise<{ url: string; requests: () => number }> {
  let requests = 0
  server = createServer((req, res) => {
    requests += 1
    if (requests <= cuts) {
      req.socket.destroy()
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ name: 'salma', role: 'editor', desk: 'amud-desk', schema: 5 }))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests: () => requests }
}

describe('desk client: a connection cut before the answer', () => {
  it('is sent once more, and the second answer is used', async () => {
    const desk = await cutting(1)
    const me = await new DeskClient(desk.url, 'token').whoami()
    expect(me.name).toBe('salma')
    expect(desk.requests()).toBe(2)
  })

  it('is reported as a desk that did not answer when the line is cut twice, after exactly two tries', async () => {
    const desk = await cutting(Number.POSITIVE_INFINITY)
    await expect(new DeskClient(desk.url, 'token').whoami()).rejects.toThrow(/did not answer .*nothing was lost/)
    expect(desk.requests()).toBe(2)
  })
})
