import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { LATEST_VERSION, openLibrary, restoreLibraryFromBackup } from '../../../src/node/library/index'
import { doc, sha256, tempDir } from './helpers'

async function rejectsWith(p: Promise<unknown>, code: string): Promise<Error> {
  try {
    await p
  } catch (err) {
    expect((err as { code?: string }).code).toBe(code)
    return err as Error
  }
  throw new Error(`expected ${code}`)
}

describe('backup and restore', () => {
  it('backs up an open library, including what is still in the WAL', async () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    const lib = openLibrary(path)
    const a = lib.createArticle({ title: 'محفوظ', document: doc('نص') })
    const backup = join(dir, 'backups', 'b1.sqlite')
    await lib.backup(backup)
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'بعد النسخة' } })
    lib.close()
    expect(existsSync(`${backup}.partial`)).toBe(false)
    const copy = openLibrary(backup, { readonly: true })
    expect(copy.getArticle(a.id).title).toBe('محفوظ')
    expect(copy.search({ query: 'محفوظ' }).hits).toHaveLength(1)
    copy.close()
  })

  it('restores a backup and keeps the old library aside', async () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    const lib = openLibrary(path)
    const a = lib.createArticle({ title: 'النسخة القديمة' })
    const backup = join(dir, 'b.sqlite')
    await lib.backup(backup)
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'تعديل لاحق' } })
    lib.close()
    const aside = await restoreLibraryFromBackup(path, backup, { clock: () => new Date('2025-01-02T03:04:05.678Z') })
    expect(aside).toBe(`${path}.before-restore-20250102T030405Z`)
    const restored = openLibrary(path)
    expect(restored.getArticle(a.id).title).toBe('النسخة القديمة')
    restored.close()
    const old = openLibrary(aside!, { readonly: true })
    expect(old.getArticle(a.id).title).toBe('تعديل لاحق')
    old.close()
    expect(readdirSync(dir).filter((f) => f.includes('.restoring-'))).toEqual([])
  })

  it('restores into a place with no library yet', async () => {
    const dir = tempDir()
    const src = openLibrary(join(dir, 'src.sqlite'))
    src.createArticle({ title: 'وحيد' })
    await src.backup(join(dir, 'b.sqlite'))
    src.close()
    const target = join(dir, 'new', 'library.sqlite')
    expect(await restoreLibraryFromBackup(target, join(dir, 'b.sqlite'))).toBeNull()
    const lib = openLibrary(target)
    expect(lib.listArticles().items.map((i) => i.title)).toEqual(['وحيد'])
    lib.close()
  })

  it('refuses a bad backup and leaves the library untouched', async () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    const lib = openLibrary(path)
    lib.createArticle({ title: 'سليم' })
    lib.close()
    const before = sha256(path)

    const junk = join(dir, 'junk.sqlite')
    writeFileSync(junk, 'definitely not sqlite'.repeat(100))
    await rejectsWith(restoreLibraryFromBackup(path, junk), 'corrupt_library')

    const foreign = join(dir, 'foreign.sqlite')
    const f = new Database(foreign)
    f.exec('CREATE TABLE t (x)')
    f.close()
    await rejectsWith(restoreLibraryFromBackup(path, foreign), 'corrupt_library')

    const newer = join(dir, 'newer.sqlite')
    openLibrary(newer).close()
    const n = new Database(newer)
    n.pragma(`user_version = ${LATEST_VERSION + 1}`)
    n.close()
    await rejectsWith(restoreLibraryFromBackup(path, newer), 'newer_library')

    await rejectsWith(restoreLibraryFromBackup(path, join(dir, 'missing.sqlite')), 'not_found')
    await rejectsWith(restoreLibraryFromBackup(path, path), 'invalid')

    expect(sha256(path)).toBe(before)
    expect(readdirSync(dir).filter((x) => x.includes('before-restore'))).toEqual([])
  })
})
