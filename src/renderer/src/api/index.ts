// The renderer's one way to reach the library. Under Electron the preload has defined
// window.amud; served by `npm run serve`, the same calls go over HTTP to the host that served
// the page. The access token travels in an HttpOnly cookie the host set on the first load, so
// this code never sees it: fetch and EventSource send it because they stay on our origin.
import type { AmudApi, AmudEvents } from '../../../shared/api/contract'
import { API_METHODS, EVENT_NAMES, type ApiMethod } from '../../../shared/api/methods'
import { AmudError, ERROR_CODES, fromSerializedError, type SerializedError } from '../../../shared/model/errors'

type Reply = { ok: true; value: unknown } | { ok: false; error: SerializedError }

async function call(method: ApiMethod, args: unknown[]): Promise<unknown> {
  // JSON turns a trailing undefined argument into null, which the contract refuses.
  const sent = [...args]
  while (sent.length > 0 && sent[sent.length - 1] === undefined) sent.pop()
  let response: Response
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(sent),
      credentials: 'same-origin',
      cache: 'no-store'
    })
  } catch {
    throw new AmudError('io', "Amud's host is not answering. Is `npm run serve` still running?")
  }
  const isJson = (response.headers.get('Content-Type') ?? '').startsWith('application/json')
  if (!isJson) {
    const text = (await response.text().catch(() => '')).trim()
    throw new AmudError('io', text || `Amud's host refused the call (HTTP ${response.status}).`)
  }
  const reply = (await response.json()) as Reply
  if (!reply.ok) throw fromSerializedError(reply.error)
  return reply.value
}

function createHttpApi(): AmudApi {
  let source: EventSource | null = null
  let listeners = 0

  const calls = Object.fromEntries(API_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]))

  function on<E extends keyof AmudEvents>(event: E, listener: (payload: AmudEvents[E]) => void): () => void {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`unknown event ${event}`)
    // One stream for all listeners, opened on first use and closed when nobody listens.
    source ??= new EventSource('/api/events')
    const stream = source
    const handler = (e: MessageEvent<string>): void => listener(JSON.parse(e.data) as AmudEvents[E])
    stream.addEventListener(event, handler)
    listeners += 1
    let subscribed = true
    return () => {
      if (!subscribed) return
      subscribed = false
      stream.removeEventListener(event, handler)
      listeners -= 1
      if (listeners === 0 && source === stream) {
        stream.close()
        source = null
      }
    }
  }

  return { ...calls, on, host: 'browser' } as AmudApi
}

/**
 * Electron's contextBridge copies only the message of an Error, so the preload rejects with
 * the plain { code, message } instead; it becomes an AmudError again here, on this side.
 */
function toAmudError(err: unknown): unknown {
  if (err instanceof AmudError) return err
  if (typeof err === 'object' && err !== null && 'code' in err && 'message' in err) {
    const e = err as SerializedError
    if (ERROR_CODES.includes(e.code)) return fromSerializedError(e)
  }
  return err
}

function wrapPreloaded(preloaded: AmudApi): AmudApi {
  const calls = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        try {
          return await (preloaded[method] as (...a: unknown[]) => Promise<unknown>)(...args)
        } catch (err) {
          throw toAmudError(err)
        }
      }
    ])
  )
  return { ...calls, on: preloaded.on.bind(preloaded), host: preloaded.host } as AmudApi
}

const preloaded = (globalThis as { amud?: AmudApi }).amud

export const amud: AmudApi = preloaded ? wrapPreloaded(preloaded) : createHttpApi()
