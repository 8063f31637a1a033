// Reading a file named for import, safely. What a path names is looked at before a byte is read:
// a named pipe (FIFO) would block the read forever, /dev/zero behind a ".txt" link would fill
// memory (9 GB was seen), a 2 GiB file is more than any article. So: regular files only (after
// following links, since the person named the path), no bigger than the format allows, opened
// non-blocking (a FIFO put in its place between the look and the open cannot hang us) and
// checked again on the open descriptor, read asynchronously into a buffer of the size checked,
// with a time limit. Every refusal is a catalog message naming what was found.
import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { IMPORT_LIMITS } from '../../shared/model/limits'
import { msg, type Message } from '../../shared/messages/catalog'

export interface Refusal {
  reason: Message
}

export type ReadResult = { ok: true; bytes: Buffer } | ({ ok: false } & Refusal)

/** How long one file may take to read (a hung network drive must not hang the import). */
export const READ_TIMEOUT_MS = 30_000

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1)
}

/** The most bytes an import reads from a file of this name. */
export function importCap(name: string): number {
  return name.toLowerCase().endsWith('.docx') ? IMPORT_LIMITS.docxBytes : IMPORT_LIMITS.taggedBytes
}

/** What a non-regular file is, for the reason given. */
export function describeKind(st: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>): Refusal {
  if (st.isDirectory()) return { reason: msg('file.folder') }
  if (st.isFIFO()) return { reason: msg('file.fifo') }
  if (st.isSocket()) return { reason: msg('file.socket') }
  if (st.isCharacterDevice() || st.isBlockDevice()) return { reason: msg('file.device') }
  if (st.isSymbolicLink()) return { reason: msg('file.symlink') }
  return { reason: msg('file.not-regular') }
}

function tooBig(size: number, cap: number): Refusal {
  return { reason: msg('file.too-large', { size: megabytes(size), max: megabytes(cap) }) }
}

function failure(err: unknown): Refusal {
  const e = err as NodeJS.ErrnoException
  const code = e.code ?? ''
  if (code === 'ENOENT') return { reason: msg('file.missing') }
  if (code === 'EACCES' || code === 'EPERM') return { reason: msg('file.permission') }
  if (code === 'EIO') return { reason: msg('file.io') }
  return { reason: msg('file.unreadable', { why: e.message ?? String(err) }) }
}

function checkStats(st: Stats, cap: number): Refusal | null {
  if (!st.isFile()) return describeKind(st)
  if (st.size > cap) return tooBig(st.size, cap)
  return null
}

async function readBounded(path: string, cap: number): Promise<ReadResult> {
  const before = checkStats(await stat(path), cap)
  if (before) return { ok: false, ...before }
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const st = await handle.stat()
    const now = checkStats(st, cap)
    if (now) return { ok: false, ...now }
    // Sized by what the file says it holds, but read to its real end (files in /proc say 0 bytes),
    // one byte past the cap at most: a file that grew since the look is caught, not read whole.
    let buffer = Buffer.alloc(Math.min(st.size, cap) + 1)
    let filled = 0
    for (;;) {
      if (filled === buffer.length) {
        if (filled > cap) break
        const bigger = Buffer.alloc(Math.min(buffer.length * 2, cap + 1))
        buffer.copy(bigger, 0, 0, filled)
        buffer = bigger
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    if (filled > cap) return { ok: false, ...tooBig(filled, cap) }
    return { ok: true, bytes: buffer.subarray(0, filled) }
  } finally {
    await handle.close()
  }
}

/** Reads `path` for import, or says why not; never blocks on a pipe or device, never reads past the cap. */
export async function readImportFile(path: string, cap = importCap(path), timeoutMs = READ_TIMEOUT_MS): Promise<ReadResult> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<ReadResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: msg('file.timeout', { seconds: timeoutMs / 1000 }) }), timeoutMs)
  })
  try {
    return await Promise.race([readBounded(path, cap).catch((err: unknown): ReadResult => ({ ok: false, ...failure(err) })), timeout])
  } finally {
    clearTimeout(timer)
  }
}

export { failure as readFailure }
