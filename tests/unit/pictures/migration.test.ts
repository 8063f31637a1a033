// Migration 004 on a library written by the previous Amud (version 3): authors, their addresses
// and articles stay; the picture table is there with its rules, and the authors' addresses are
// waiting to be fetched.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, userVersion } from '../../../src/node/db/migrate'
import { LATEST_VERSION } from '../../../src/node/db/migrations/index'
import { openLibrary } from '../../../src/node/library'
import { tempDir } from '../library/helpers'
import { PNG } from '../../support/picture-server'

describe('migration 004: author pictures', () => {
  it('upgrades a version 3 library with authors, keeping them, with their pictures to fetch', () => {
    const path = join(tempDir(), 'library.sqlite')
    const old = new Database(path)
    old.pragma('journal_mode = WAL')
    expect(migrate(old, 3)).toBe(3)
    old.prepare("INSERT INTO authors (id, name, picture_url, created_at) VALUES (1, 'سلمى الراوي', 'https://pictures.example/salma.jpg', 't')").run()
    old.prepare("INSERT INTO authors (id, name, picture_url, created_at) VALUES (2, 'بلا صورة', NULL, 't')").run()
    old.prepare("INSERT INTO articles (pk, id, title, author_id, created_at, updated_at) VALUES (1, 'a1', 'مقال', 1, 't', 't')").run()
    old.close()

    const lib = openLibrary(path)
    try {
      expect(lib.listAuthors().map((a) => [a.id, a.pictureUrl, a.articleCount])).toEqual([
        [2, null, 0],
        [1, 'https://pictures.example/salma.jpg', 1]
      ])
      expect(lib.authorPicture(1)).toBeNull()
      expect(lib.pictureSettings()).toEqual({ neverFromNetwork: false })
      expect(lib.picturesToFetch()).toEqual([{ url: 'https://pictures.example/salma.jpg', authorIds: [1] }])
    } finally {
      lib.close()
    }

    const db = new Database(path)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    db.pragma('foreign_keys = ON')
    const put = db.prepare('INSERT INTO author_pictures (author_id, source_url, fetched_at, mime, bytes, failure) VALUES (?, ?, ?, ?, ?, ?)')
    // The table takes a picture or a failure, of the four types, up to 512 KiB, for an author that exists.
    expect(() => put.run(1, 'u', 't', 'image/svg+xml', PNG, null)).toThrow(/CHECK/)
    expect(() => put.run(1, 'u', 't', 'image/png', Buffer.alloc(512 * 1024 + 1), null)).toThrow(/CHECK/)
    expect(() => put.run(1, 'u', 't', 'image/png', PNG, 'and a failure')).toThrow(/CHECK/)
    expect(() => put.run(1, 'u', 't', null, null, null)).toThrow(/CHECK/)
    expect(() => put.run(99, 'u', 't', 'image/png', PNG, null)).toThrow(/FOREIGN KEY/)
    put.run(1, 'u', 't', 'image/png', PNG, null)
    put.run(2, 'u', 't', null, null, 'HTTP 404')
    // A picture goes with its author.
    db.prepare('DELETE FROM authors WHERE id = 2').run()
    expect(db.prepare('SELECT author_id FROM author_pictures').all()).toEqual([{ author_id: 1 }])
    db.close()
  })
})
