// The library's side of the wire: calls a desk over HTTP with the library's token and checks
// every answer against the contract, so a wrong or hostile server cannot feed the sync a shape
// it does not expect. A refusal becomes an AmudError carrying the desk's own sentence.
import type { z } from 'zod'
import {
  deskArticle,
  deskError,
  editorsResponse,
  listResponse,
  presenceResponse,
  pullResponse,
  pushResponse,
  searchResponse,
  trailResponse,
  whoami,
  type DeskArticle,
  type DeskListResponse,
  type DeskSearchResponse,
  type EditorsResponse,
  type PresenceResponse,
  type PullResponse,
  type PushChange,
  type PushResponse,
  type TrailResponse,
  type WhoAmI
} from '../../shared/desk/contract'
import { AmudError } from '../../shared/model/errors'
import { msg } from '../../shared/messages/catalog'

const TIMEOUT_MS = 60_000

export class DeskClient {
  constructor(
    readonly url: string,
    private readonly token: string
  ) {}

  protected async call<S extends z.ZodType>(method: 'GET' | 'POST', path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    let res: Response
    const send = (): Promise<Response> =>
      fetch(new URL(path, this.url), {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS)
      })
    try {
      // Once more when the line failed: a kept-alive connection the desk closed while this
      // process was busy (applying a pull page of 200 articles can outlast the desk's 5 s) fails
      // the next request at once. Every call may be repeated: pushes carry their change ids.
      res = await send().catch((err: unknown) => {
        if (err instanceof Error && err.name === 'TimeoutError') throw err
        return send()
      })
    } catch (err) {
      throw new AmudError(
        'io',
        `The desk at ${this.url} did not answer (${err instanceof Error ? err.message : String(err)}); nothing was lost, sync again later.`
      )
    }
    const text = await res.text().catch(() => '')
    let json: unknown = null
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
    if (!res.ok) {
      const e = deskError.safeParse(json)
      const why = e.success ? e.data.error.message : `HTTP ${res.status}`
      const said = e.success ? e.data.error.said : undefined
      const code = res.status === 409 ? 'conflict' : res.status >= 500 ? 'io' : 'invalid'
      if (said) throw AmudError.saying(code, msg('desk.client-refused', { why: said }), { status: res.status })
      throw new AmudError(code, `The desk refused: ${why}`, { status: res.status })
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) throw new AmudError('io', `The desk at ${this.url} answered something that is not a desk answer; is it an Amud desk?`)
    return parsed.data as z.infer<S>
  }

  whoami(): Promise<WhoAmI> {
    return this.call('GET', '/v1/whoami', whoami)
  }
  push(changes: PushChange[]): Promise<PushResponse> {
    return this.call('POST', '/v1/push', pushResponse, { changes })
  }
  pull(since: number): Promise<PullResponse> {
    return this.call('GET', `/v1/pull?since=${since}`, pullResponse)
  }
  trail(articleId: string): Promise<TrailResponse> {
    return this.call('GET', `/v1/articles/${encodeURIComponent(articleId)}/trail`, trailResponse)
  }
  article(articleId: string): Promise<DeskArticle> {
    return this.call('GET', `/v1/articles/${encodeURIComponent(articleId)}`, deskArticle)
  }
  send(articleId: string, to: string | null, note: string | null): Promise<DeskArticle> {
    return this.call('POST', `/v1/articles/${encodeURIComponent(articleId)}/send`, deskArticle, { to, note })
  }
  editors(): Promise<EditorsResponse> {
    return this.call('GET', '/v1/editors', editorsResponse)
  }
  list(filters: { status?: string; owner?: string; assigned?: string; q?: string; limit?: number }): Promise<DeskListResponse> {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') params.set(k, String(v))
    return this.call('GET', `/v1/list?${params.toString()}`, listResponse)
  }
  presence(articleId: string | null): Promise<PresenceResponse> {
    return this.call('POST', '/v1/presence', presenceResponse, { articleId })
  }
  search(query: string, limit = 20): Promise<DeskSearchResponse> {
    return this.call('GET', `/v1/search?${new URLSearchParams({ q: query, limit: String(limit) }).toString()}`, searchResponse)
  }
}
