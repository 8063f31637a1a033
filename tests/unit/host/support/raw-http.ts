// HTTP as a test needs to speak it to the real server, byte for byte: requests fetch refuses to
// send (two Host headers, an absolute-form target) and uploads that keep sending while the
// server answers, as a client uploading a huge body does. Every wait is bounded.
import { connect } from 'node:net'

export interface RawExchange {
  /** Everything the server sent, as text. */
  response: string
  /** The status from the response line, or null when no response came. */
  status: number | null
  /** A socket error seen before any response arrived (a reset instead of an answer), if any. */
  errorBeforeResponse: string | null
  /** Body bytes the client had handed to the socket when the answer came. */
  sent: number
}

export interface RawOptions {
  bodyBytes?: number
  fill?: string
  chunked?: boolean
  /** Send the whole body before reading anything, as a simple client does. */
  readAfterSending?: boolean
  waitMs?: number
}

/**
 * Sends `head` (request line and headers, without the blank line), then `bodyBytes` of `fill`
 * (chunked when `chunked`), as fast as the socket takes them, and stops sending once an answer
 * arrives (or, with readAfterSending, reads only once all is sent). Resolves when the server
 * closes, or shortly after the answer began; never later than `waitMs`.
 */
export function rawExchange(port: number, head: string, options: RawOptions = {}): Promise<RawExchange> {
  const { bodyBytes = 0, fill = ' ', chunked = false, readAfterSending = false, waitMs = 15_000 } = options
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1')
    let response = ''
    let errorBeforeResponse: string | null = null
    let sent = 0
    let finished = false
    const finish = (): void => {
      if (finished) return
      finished = true
      clearTimeout(limit)
      socket.destroy()
      const match = /^HTTP\/1\.1 (\d{3})/.exec(response)
      done({ response, status: match ? Number(match[1]) : null, errorBeforeResponse, sent })
    }
    const limit = setTimeout(finish, waitMs)
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      response += chunk
      // The answer is here: stop sending, read the rest for a moment.
      if (/\r\n\r\n/.test(response)) setTimeout(finish, 300)
    })
    socket.on('error', (err) => {
      if (response === '') errorBeforeResponse = err.message
      finish()
    })
    socket.on('close', finish)
    if (readAfterSending) socket.pause()
    socket.on('connect', () => {
      socket.write(`${head}\r\n\r\n`)
      const piece = Buffer.from(fill.repeat(Math.ceil((1024 * 1024) / fill.length)).slice(0, 1024 * 1024), 'latin1')
      const pump = (): void => {
        while (!finished && response === '' && sent < bodyBytes) {
          const n = Math.min(piece.length, bodyBytes - sent)
          const bytes = piece.subarray(0, n)
          sent += n
          const ok = socket.write(chunked ? Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]) : bytes)
          if (!ok) return void socket.once('drain', pump)
        }
        if (!finished && response === '' && chunked && sent >= bodyBytes) socket.write('0\r\n\r\n')
        if (sent >= bodyBytes) socket.resume()
      }
      pump()
    })
  })
}
