import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, statSync, truncateSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { migrate, userVersion } from '../../../src/node/db/migrate'
import { LATEST_VERSION, MIGRATIONS } from '../../../src/node/db/migrations/index'
import { openLibrary } from '../../../src/node/library/index'
import { doc, expectAmudError, sha256, tempDir } from './helpers'

function rawDb(dir: string): Database.Database {
  return new Database(join(dir, 'library.sqlite'))
}

describe('migrations', () => {
  it('lists one migration per version, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
    expect(LATEST_VERSION).toBe(MIGRATIONS.length)
  })

  it('001 creates the tables and their rules on an empty file', () => {
    const db = rawDb(tempDir())
    expect(migrate(db, 1)).toBe(1)
    expect(userVersion(db)).toBe(1)
    db.pragma('foreign_keys = ON')
    db.prepare("INSERT INTO authors (name, picture_url, created_at) VALUES ('أ', NULL, 't')").run()
    // Same name, no picture twice: refused by the identity index (NULL pictures compare equal).
    expect(() => db.prepare("INSERT INTO authors (name, picture_url, created_at) VALUES ('أ', NULL, 't')").run()).toThrow(/UNIQUE/)
    db.prepare("INSERT INTO authors (name, picture_url, created_at) VALUES ('أ', 'https://x/p.jpg', 't')").run()
    expect(() => db.prepare("INSERT INTO articles (id, status, created_at, updated_at) VALUES ('x', 'lost', 't', 't')").run()).toThrow(/CHECK/)
    expect(() => db.prepare("INSERT INTO articles (id, author_id, created_at, updated_at) VALUES ('x', 99, 't', 't')").run()).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('002 indexes the articles already there, except those in the trash', () => {
    const db = rawDb(tempDir())
    migrate(db, 1)
    db.prepare("INSERT INTO authors (id, name, created_at) VALUES (1, 'كاظم الموسوي', 't')").run()
    const add = (pk: number, title: string, body: string, deleted: string | null): void => {
      db.prepare("INSERT INTO articles (pk, id, title, author_id, created_at, updated_at, deleted_at) VALUES (?, ?, ?, 1, 't', 't', ?)").run(
        pk,
        `id${pk}`,
        title,
        deleted
      )
      db.prepare("INSERT INTO article_content (article_pk, body_text, document) VALUES (?, ?, '{}')").run(pk, body)
    }
    add(1, 'الإجتماعات', 'ما أكثر الاجتماعات', null)
    add(2, 'محذوف', 'الاجتماعات كثيرة', 't')
    expect(migrate(db, 2)).toBe(2)
    const hits = db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH \'"الاجتماعات"\'').all()
    expect(hits).toEqual([{ rowid: 1 }])
    // The author column is indexed too, normalized.
    expect(db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH \'author:"الموسوي"\'').all()).toEqual([{ rowid: 1 }])
    db.close()
  })

  it('003 adds the personal dictionary and per-article ignored words to a library that has articles', () => {
    const db = rawDb(tempDir())
    migrate(db, 2)
    db.prepare("INSERT INTO articles (pk, id, title, created_at, updated_at) VALUES (1, 'a1', 'مقال', 't', 't')").run()
    expect(migrate(db, 3)).toBe(3)
    db.pragma('foreign_keys = ON')
    db.prepare("INSERT INTO user_words (word, added_at) VALUES ('داعش', 't')").run()
    expect(() => db.prepare("INSERT INTO user_words (word, added_at) VALUES ('داعش', 't')").run()).toThrow(/UNIQUE|PRIMARY/)
    expect(() => db.prepare("INSERT INTO user_words (word, added_at) VALUES ('', 't')").run()).toThrow(/CHECK/)
    db.prepare("INSERT INTO article_ignored_words (article_pk, word) VALUES (1, 'ذهبو')").run()
    expect(() => db.prepare("INSERT INTO article_ignored_words (article_pk, word) VALUES (99, 'ذهبو')").run()).toThrow(/FOREIGN KEY/)
    // The ignored words go with their article.
    db.prepare('DELETE FROM articles WHERE pk = 1').run()
    expect(db.prepare('SELECT count(*) AS n FROM article_ignored_words').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM user_words').get()).toEqual({ n: 1 })
    db.close()
  })

  it('skips a pending step that a later pending step redoes, and runs it when that one is not pending', () => {
    const ran: string[] = []
    const steps = [
      { version: 1, name: 'a', up: () => void ran.push('a') },
      { version: 2, name: 'b', up: () => void ran.push('b') },
      { version: 3, name: 'c', replaces: ['a'], up: () => void ran.push('c') }
    ]
    expect(migrate(rawDb(tempDir()), 3, steps)).toBe(3)
    expect(ran).toEqual(['b', 'c'])
    ran.length = 0
    const db = rawDb(tempDir())
    migrate(db, 2, steps)
    expect(ran).toEqual(['a', 'b'])
    migrate(db, 3, steps)
    expect(ran).toEqual(['a', 'b', 'c'])
    db.close()
  })

  it('runs all pending migrations in one transaction: a failing step leaves the old version', () => {
    const db = rawDb(tempDir())
    migrate(db, 1)
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT nonsense FROM nowhere') }
    ]
    expect(() => migrate(db, 2, broken)).toThrow()
    expect(userVersion(db)).toBe(1)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined()
    db.close()
  })
})

describe('opening a library file', () => {
  it('creates a missing folder and sets WAL, FULL sync, foreign keys and a busy timeout', () => {
    const path = join(tempDir(), 'deep', 'er', 'library.sqlite')
    const lib = openLibrary(path)
    const db = new Database(path, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(userVersion(db)).toBe(LATEST_VERSION)
    db.close()
    lib.close()
  })

  it('applies the connection pragmas', async () => {
    const { applyPragmas } = await import('../../../src/node/db/pragmas')
    const db = rawDb(tempDir())
    applyPragmas(db, false)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    db.close()
  })

  it('leaves a single file behind on close (WAL checkpointed and truncated)', () => {
    const path = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(path)
    lib.createArticle({ title: 'x', document: doc('نص') })
    lib.close()
    lib.close()
    const wal = `${path}-wal`
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true)
  })

  it('reopens an existing library with its articles', () => {
    const path = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(path)
    const a = lib.createArticle({ title: 'باقٍ' })
    lib.close()
    const again = openLibrary(path)
    expect(again.getArticle(a.id).title).toBe('باقٍ')
    again.close()
  })

  it('refuses a library from a newer Amud and leaves it byte-for-byte untouched', () => {
    const dir = tempDir()
    const path = join(dir, 'library.sqlite')
    openLibrary(path).close()
    const db = new Database(path)
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    db.close()
    const before = sha256(path)
    const files = readdirSync(dir).sort()
    const e = expectAmudError(() => openLibrary(path), 'newer_library')
    expect(e.message).toContain(path)
    expect(e.message).toMatch(/newer version of Amud/)
    expect(sha256(path)).toBe(before)
    expect(readdirSync(dir).sort()).toEqual(files)
  })

  it('refuses random bytes as a corrupt library, untouched', () => {
    const path = join(tempDir(), 'library.sqlite')
    writeFileSync(path, randomBytes(8192))
    const before = sha256(path)
    const e = expectAmudError(() => openLibrary(path), 'corrupt_library')
    expect(e.message).toContain(path)
    expect(sha256(path)).toBe(before)
  })

  it('refuses a truncated library as corrupt, untouched', () => {
    const path = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(path)
    for (let i = 0; i < 40; i++) lib.createArticle({ title: `مقال ${i}`, document: doc('نص طويل '.repeat(200)) })
    lib.close()
    truncateSync(path, Math.floor(statSync(path).size / 2))
    const before = sha256(path)
    expectAmudError(() => openLibrary(path), 'corrupt_library')
    expect(sha256(path)).toBe(before)
  })

  it('refuses an SQLite database of another program', () => {
    const path = join(tempDir(), 'other.sqlite')
    const db = new Database(path)
    db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)')
    db.close()
    const before = sha256(path)
    expect(expectAmudError(() => openLibrary(path), 'corrupt_library').message).toMatch(/not an Amud library/)
    expect(sha256(path)).toBe(before)
  })

  it('says which path cannot be created when the folder is not writable', () => {
    const dir = tempDir()
    const blocker = join(dir, 'a-file')
    writeFileSync(blocker, 'not a folder')
    const path = join(blocker, 'library.sqlite')
    expect(expectAmudError(() => openLibrary(path), 'io').message).toContain(path)
  })

  it.skipIf(process.platform !== 'linux')('gives an io error naming the path in a read-only place', () => {
    // Root ignores folder permissions, so use a folder that is read-only for everyone too.
    let folder = '/proc/amud-test'
    if (process.getuid?.() !== 0) {
      folder = join(tempDir(), 'locked')
      mkdirSync(folder)
      chmodSync(folder, 0o555)
    }
    const path = join(folder, 'library.sqlite')
    expect(expectAmudError(() => openLibrary(path), 'io').message).toContain(path)
  })

  it('a read-only open creates nothing and refuses a missing library', () => {
    const dir = tempDir()
    const path = join(dir, 'missing', 'library.sqlite')
    expectAmudError(() => openLibrary(path, { readonly: true }), 'not_found')
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })

  it('a read-only open reads but does not write', () => {
    const path = join(tempDir(), 'library.sqlite')
    const w = openLibrary(path)
    const a = w.createArticle({ title: 'للقراءة' })
    w.close()
    const r = openLibrary(path, { readonly: true })
    expect(r.getArticle(a.id).title).toBe('للقراءة')
    expectAmudError(() => r.createArticle({ title: 'no' }), 'io')
    r.close()
  })
})
