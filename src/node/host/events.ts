// The contract's events for browser pages, as server-sent events: one named SSE event per
// contract event, its payload as JSON in `data`. EventSource reconnects on its own.
import type { ServerResponse } from 'node:http'
import type { AmudEvents } from '../../shared/api/contract'

/** Proxies and idle-connection reapers drop silent streams; a comment line keeps it open. */
const HEARTBEAT_MS = 20_000

export class EventHub {
  private readonly clients = new Set<ServerResponse>()
  private readonly heartbeat: NodeJS.Timeout

  constructor() {
    this.heartbeat = setInterval(() => this.write(': ping\n\n'), HEARTBEAT_MS)
    this.heartbeat.unref()
  }

  get size(): number {
    return this.clients.size
  }

  /** Takes over a response as an event stream until the client goes away. */
  add(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    })
    res.write('retry: 2000\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  emit<E extends keyof AmudEvents>(event: E, payload: AmudEvents[E]): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
  }

  close(): void {
    clearInterval(this.heartbeat)
    for (const res of this.clients) res.end()
    this.clients.clear()
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk)
  }
}
