// A batch export into a system folder (/proc, /sys, /dev) is refused at once, in both
// interface languages, and the host keeps answering meanwhile. Node 20's recursive mkdir under
// /proc never returns and once froze the whole host (100% CPU, deaf to SIGTERM): the host runs
// in a child process and every wait is bounded, so a regression fails this test, not hangs it.
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleFile } from './fixtures'
import { startChildHost, type ChildHost } from './support/child-host'
import { ar } from '../messages/render'
import type { Said } from '../../../src/shared/messages/catalog'

let host: ChildHost
let articleId: string

/** A call with a bounded wait: a host that stops answering fails the test in 10 s. */
async function call(method: string, args: unknown[]): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; said?: Said } }> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Amud-Token': host.token },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(10_000)
  })
  return (await res.json()) as never
}

beforeAll(async () => {
  host = await startChildHost()
  const report = (await call('importFiles', [[articleFile('مقال.txt', 'فقرة المقال وحدها.')]])) as { value: { files: { articleId: string }[] } }
  articleId = report.value.files[0]!.articleId
})
afterAll(async () => {
  await host?.dispose()
})

describe.skipIf(process.platform !== 'linux')('export into a system folder', () => {
  it('refuses /proc/forbidden in Arabic and English while the host keeps answering', async () => {
    const [exported, counted] = await Promise.all([call('exportArticlesToFolder', [{ ids: [articleId], dir: '/proc/forbidden' }]), call('countByStatus', [])])
    expect(exported).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(exported.error?.message).toContain('/proc/forbidden')
    expect(exported.error?.message).toMatch(/system folder/)
    expect(ar(exported.error?.said)).toMatch(/مجلد للنظام/)
    expect(counted).toMatchObject({ ok: true, value: { total: 1 } })
    expect((await call('countByStatus', [])).ok).toBe(true)
  })

  it('refuses the way there through a symlink or "..", and /sys and /dev too', async () => {
    const link = join(host.dir, 'looks-harmless')
    symlinkSync('/proc/self', link)
    mkdirSync(join(host.dir, 'a'))
    for (const dir of [join(link, 'forbidden'), join(host.dir, 'a', '..', '..', '..', 'proc', 'forbidden'), '/sys/kernel/amud', '/dev/amud']) {
      const reply = await call('exportArticlesToFolder', [{ ids: [articleId], dir }])
      expect(reply, dir).toMatchObject({ ok: false, error: { code: 'invalid' } })
      expect(ar(reply.error?.said), dir).toMatch(/مجلد للنظام/)
    }
  })

  it('still exports into an ordinary folder', async () => {
    const dir = join(host.dir, 'exports', 'new')
    expect(await call('exportArticlesToFolder', [{ ids: [articleId], dir }])).toMatchObject({ ok: true, value: { written: 1, dir } })
  })
})
