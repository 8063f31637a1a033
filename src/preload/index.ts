// The renderer's only door to the system: exactly the calls of the shared contract, each on
// its own channel, plus the contract's named events. No generic invoke/send is exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { AmudApi, AmudEvents } from '../shared/api/contract'
import { API_METHODS, EVENT_NAMES } from '../shared/api/methods'
import type { SerializedError } from '../shared/model/errors'

type Reply = { ok: true; value: unknown } | { ok: false; error: SerializedError }

const calls = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (...args: unknown[]) => {
      const reply = (await ipcRenderer.invoke(`amud:${method}`, args)) as Reply
      // The bridge would strip an Error down to its message; a plain { code, message } crosses
      // whole, and src/renderer/src/api turns it back into an AmudError.
      if (!reply.ok) throw { ...reply.error }
      return reply.value
    }
  ])
)

const api = {
  ...calls,
  host: 'electron',
  on<E extends keyof AmudEvents>(event: E, listener: (payload: AmudEvents[E]) => void): () => void {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`unknown event ${event}`)
    const channel = `amud-event:${event}`
    const handler = (_e: IpcRendererEvent, payload: AmudEvents[E]): void => listener(payload)
    ipcRenderer.on(channel, handler)
    return () => ipcRenderer.removeListener(channel, handler)
  }
} as AmudApi

contextBridge.exposeInMainWorld('amud', api)
