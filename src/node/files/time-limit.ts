// A file-system call made for a request must never hold that request (or, worse, the host)
// forever: a dead network drive or a pseudo-file-system can leave a call unanswered. Every such
// call goes through withTimeLimit, which gives up after a bound with a sentence in both
// languages; calls that take an AbortSignal are also told to stop.
import { AmudError } from '../../shared/model/errors'
import { msg, type Message } from '../../shared/messages/catalog'

/** Long enough for a slow USB stick or network folder, short enough that nobody waits on a dead one. */
export const FILE_TIME_LIMIT_MS = 15_000

/** What the call was doing, for the message: "creating the folder /x" / "إنشاء المجلد ‎/x". */
export type FileTask = Message

export function timedOut(task: FileTask, ms: number): AmudError {
  const seconds = Math.max(1, Math.round(ms / 1000))
  return AmudError.saying('io', msg('err.disk-timeout', { seconds, task }))
}

export async function withTimeLimit<T>(task: FileTask, run: (signal: AbortSignal) => Promise<T>, ms = FILE_TIME_LIMIT_MS): Promise<T> {
  const abort = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort()
      reject(timedOut(task, ms))
    }, ms)
  })
  try {
    return await Promise.race([run(abort.signal), limit])
  } finally {
    clearTimeout(timer)
  }
}
