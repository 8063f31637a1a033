// Raw HTTP to the host with full control of the headers (fetch will not let a test forge Host).
import { request } from 'node:http'

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export function rawRequest(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<RawResponse> {
  const url = new URL(path, origin)
  return new Promise((done, fail) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (c: string) => (body += c))
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', fail)
    req.end(options.body)
  })
}

/** A contract call with the token in its header, as a script (not a page) would make it. */
export async function callApi(origin: string, token: string, method: string, args: unknown[]): Promise<unknown> {
  const res = await rawRequest(origin, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Amud-Token': token },
    body: JSON.stringify(args)
  })
  return JSON.parse(res.body)
}
