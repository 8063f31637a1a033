// A file-system call that never answers gives up with a sentence in both languages, and calls
// that take an AbortSignal are told to stop.
import { describe, expect, it } from 'vitest'
import { withTimeLimit } from '../../../src/node/files/time-limit'
import { AmudError } from '../../../src/shared/model/errors'
import { msg } from '../../../src/shared/messages/catalog'
import { ar } from '../messages/render'

describe('withTimeLimit', () => {
  it('rejects a call that never settles, naming what it was doing, and aborts its signal', async () => {
    let seen: AbortSignal | undefined
    const never = withTimeLimit(
      msg('task.creating-export-folder', { path: '/mnt/dead' }),
      (signal) => {
        seen = signal
        return new Promise<never>(() => {})
      },
      20
    )
    const err = await never.catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AmudError)
    expect(err).toMatchObject({ code: 'io' })
    expect((err as AmudError).message).toContain('creating the export folder /mnt/dead')
    expect(ar((err as AmudError).said)).toContain('إنشاء مجلد التصدير')
    expect(seen?.aborted).toBe(true)
  })

  it('passes on what the call gives, or its own error', async () => {
    expect(await withTimeLimit(msg('task.writing', { path: 'x' }), async () => 42)).toBe(42)
    await expect(withTimeLimit(msg('task.writing', { path: 'x' }), async () => Promise.reject(new Error('EACCES')))).rejects.toThrow('EACCES')
  })
})
