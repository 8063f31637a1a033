// A TCP proxy on 127.0.0.1 in front of a desk, for the tests that cut the desk's answer half
// way (tests/unit/desk/answer-cut.test.ts): the desk has done the work, the client gets part
// of an answer and a closed connection, as when a line drops mid-response. It also notes each
// request line it passes on, for tests that count what a sync asks.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy on 127.0.0.1 in front of the desk. While `cut` names a route ("POST /v1/push"),
 * the answer to the next such request is cut off after `keep` bytes: the desk has done the
 * work, the client gets half an answer and a closed connection.
 */
export class CuttingProxy {
  cut: { route: string; keep: number } | null = null
  cuts = 0
  /** Request lines passed on ("GET /v1/pull?since=0"), in order. */
  readonly requests: string[] = []
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  url = ''

  constructor(private readonly target: URL) {
    this.server = createServer((client) => this.connection(client))
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  private connection(client: Socket): void {
    const upstream = connect(Number(this.target.port), this.target.hostname)
    for (const s of [client, upstream]) {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
      s.on('error', () => undefined)
    }
    let cutting: { keep: number } | null = null
    client.on('data', (chunk: Buffer) => {
      const head = chunk.toString('latin1', 0, 64)
      const line = /^(GET|POST|PUT|DELETE) (\S+)/.exec(head)
      if (line) this.requests.push(`${line[1]} ${line[2]}`)
      if (this.cut && (head.startsWith(`${this.cut.route} `) || head.startsWith(`${this.cut.route}?`))) {
        cutting = { keep: this.cut.keep }
        this.cut = null
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      if (!cutting) {
        client.write(chunk)
        return
      }
      const part = chunk.subarray(0, cutting.keep)
      cutting.keep -= part.length
      if (part.length > 0) client.write(part)
      if (cutting.keep <= 0) {
        this.cuts++
        client.destroy()
        upstream.destroy()
      }
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((r) => this.server.close(() => r()))
  }
}
