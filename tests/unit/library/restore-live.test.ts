// Restoring while the library is open elsewhere (the app, the browser host): the restore must
// land in the live file, so the open connection sees the restored library, its next save of an
// article it held meets a conflict, and what it writes afterwards is in the library everyone
// opens next — never in the file kept aside.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createInterface, type Interface } from 'node:readline'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openLibrary, restoreLibraryFromBackup } from '../../../src/node/library/index'
import { amud } from '../../support/cli'
import { tempDir } from './helpers'

describe('restore into a library that is open', () => {
  it('an open connection sees the restored library, conflicts on a stale save, and writes into the live file', async () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    const host = openLibrary(path)
    const a = host.createArticle({ title: 'قبل النسخة' })
    const backup = join(dir, 'b.sqlite')
    await host.backup(backup)
    const saved = host.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'بعد النسخة' } })

    const aside = await restoreLibraryFromBackup(path, backup)

    // The connection opened before the restore reads the restored library.
    expect(host.getArticle(a.id).title).toBe('قبل النسخة')
    // An editor still at the pre-restore version gets a conflict, not a silent overwrite.
    expect(() => host.saveArticle({ id: a.id, baseVersion: saved.version, changes: { title: 'كلمات غير محفوظة' } })).toThrow(
      expect.objectContaining({ code: 'conflict' })
    )
    // Even an editor whose version equals the backup's conflicts: its text may predate it.
    expect(() => host.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'نسخة قديمة' } })).toThrow(expect.objectContaining({ code: 'conflict' }))
    const later = host.createArticle({ title: 'كتب بعد الاستعادة' })
    host.close()

    const reopened = openLibrary(path)
    expect(
      reopened
        .listArticles()
        .items.map((i) => i.title)
        .sort()
    ).toEqual(['قبل النسخة', 'كتب بعد الاستعادة'].sort())
    expect(reopened.getArticle(later.id).title).toBe('كتب بعد الاستعادة')
    reopened.close()
    const old = openLibrary(aside!, { readonly: true })
    expect(old.getArticle(a.id).title).toBe('بعد النسخة')
    expect(old.listArticles().items).toHaveLength(1)
    old.close()
  })
})

describe('restore while another connection keeps writing', () => {
  it('refuses with a sentence once the library stays busy, changing nothing and keeping nothing aside', async () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    const lib = openLibrary(path)
    const a = lib.createArticle({ title: 'قبل' })
    await lib.backup(join(dir, 'b.sqlite'))
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'بعد' } })
    const holder = new Database(path)
    holder.exec('BEGIN IMMEDIATE')
    try {
      await expect(restoreLibraryFromBackup(path, join(dir, 'b.sqlite'), { busyTimeoutMs: 300 })).rejects.toThrow(/stayed busy.*nothing was restored/)
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
    }
    expect(lib.getArticle(a.id).title).toBe('بعد')
    expect(readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('restoring'))).toEqual([])
    lib.close()
  })
})

describe('amud restore while another process holds the library', () => {
  let child: ChildProcessWithoutNullStreams | null = null
  afterEach(() => {
    child?.kill('SIGKILL')
    child = null
  })

  function hold(path: string): { ask: (line: string) => Promise<Record<string, unknown>>; lines: Interface } {
    child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/hold-library.ts', path], { stdio: ['pipe', 'pipe', 'pipe'] })
    const lines = createInterface({ input: child.stdout })
    const queue: ((line: string) => void)[] = []
    lines.on('line', (line) => queue.shift()?.(line))
    const next = (): Promise<string> => new Promise((resolve) => queue.push(resolve))
    const ready = next()
    const ask = async (line: string): Promise<Record<string, unknown>> => {
      await ready
      const reply = next()
      child!.stdin.write(`${line}\n`)
      return JSON.parse(await reply) as Record<string, unknown>
    }
    return { ask, lines }
  }

  it('the other process sees the restored library and its later writes are in the library', async () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    const lib = openLibrary(path)
    const a = lib.createArticle({ title: 'الأصل' })
    lib.close()
    expect((await amud(['backup', 'copy.sqlite', '--library', path], { cwd: dir })).code).toBe(0)

    const other = hold(path)
    expect(await other.ask(`save ${a.id} 1 تعديل بعد النسخة`)).toEqual({ version: 2 })

    const r = await amud(['restore', 'copy.sqlite', '--library', path], { cwd: dir })
    expect(r.err).toBe('')
    expect(r.code).toBe(0)

    expect((await other.ask(`get ${a.id}`)).title).toBe('الأصل')
    expect((await other.ask(`save ${a.id} 2 كلمات لم تحفظ`)).error).toBe('conflict')
    const created = await other.ask('create مقال جديد بعد الاستعادة')
    child!.stdin.end()
    await new Promise((resolve) => child!.once('exit', resolve))

    const reopened = openLibrary(path, { readonly: true })
    expect(reopened.getArticle(a.id).title).toBe('الأصل')
    expect(reopened.getArticle(created.id as string).title).toBe('مقال جديد بعد الاستعادة')
    reopened.close()
  }, 30_000)
})
