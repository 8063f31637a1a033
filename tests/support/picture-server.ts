// A real HTTP server on 127.0.0.1 standing in for the sites imported files name as author
// pictures: a good PNG, one too large (with and without a declared length), an HTML page and
// an SVG that call themselves pictures, one that never finishes, and redirects. It counts every
// request by path, so a test can say which were (or were not) made.
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A real 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
/** A second, different picture (a GIF), for "the address changed". */
export const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

export interface PictureServer {
  origin: string
  /** Requests received, by path. */
  hits: Map<string, number>
  total(): number
  close(): Promise<void>
}

const BIG = 600 * 1024

export async function startPictureServer(): Promise<PictureServer> {
  const hits = new Map<string, number>()
  const hanging = new Set<ServerResponse>()
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const send = (type: string, body: Buffer | string): void => {
      res.writeHead(200, { 'Content-Type': type })
      res.end(body)
    }
    switch (path) {
      case '/face.png':
        return send('image/png', PNG)
      case '/other.gif':
        return send('image/gif', GIF)
      case '/big-declared.png':
        return send('image/png', Buffer.concat([PNG, Buffer.alloc(BIG)]))
      case '/big-streamed.png': {
        // No Content-Length: the size is only known by counting.
        res.writeHead(200, { 'Content-Type': 'image/png', 'Transfer-Encoding': 'chunked' })
        res.write(PNG)
        for (let sent = 0; sent < BIG; sent += 64 * 1024) res.write(Buffer.alloc(64 * 1024))
        return void res.end()
      }
      case '/page.png':
        return send('image/png', '<!doctype html><title>not a picture</title><script>alert(1)</script>')
      case '/logo.svg':
        return send('image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
      case '/slow.png':
        // Headers and a first few bytes, then nothing more, ever.
        res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(PNG.length) })
        res.write(PNG.subarray(0, 8))
        hanging.add(res)
        return
      case '/moved.png':
        res.writeHead(302, { Location: '/face.png' })
        return void res.end()
      case '/loop.png':
        res.writeHead(302, { Location: '/loop.png' })
        return void res.end()
      case '/to-file.png':
        res.writeHead(302, { Location: 'file:///etc/passwd' })
        return void res.end()
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' })
        return void res.end('no such picture')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    total: () => [...hits.values()].reduce((a, b) => a + b, 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
