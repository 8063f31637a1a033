// A running desk for a test file: a real desk server on 127.0.0.1 over one backend (see
// desk.ts), users made on demand, and real SQLite libraries joined to it; plus the small
// article helpers the desk tests share (write paragraphs, edit one, read them back).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DeskClient } from '../../src/node/desk/client'
import type { DeskDb } from '../../src/node/desk/db'
import { writeLink } from '../../src/node/desk/local'
import { startDeskServer, type DeskServerOptions, type RunningDesk } from '../../src/node/desk/server'
import { addUser, type DeskUser } from '../../src/node/desk/users'
import { openLibrary, type Library } from '../../src/node/library/index'
import { documentFromParagraphs, paragraphsFromDocument } from '../../src/shared/document/index'
import type { DeskContent } from '../../src/shared/desk/contract'
import type { DeskBackend } from './desk'

let counter = 0
export const unique = (prefix: string): string => `${prefix}${process.pid}x${++counter}`

export type Role = 'columnist' | 'editor' | 'admin'

export interface TestDesk {
  db: DeskDb
  running: RunningDesk
  /** Set by a test to hold answers back. */
  hold: ((route: string, user: DeskUser) => Promise<void>) | null
  user(role: Role): Promise<{ name: string; token: string }>
  count(table: string): Promise<number>
  /** A fresh library file joined to this desk (or to `url`, a proxy in front of it) with `token`. */
  library(token: string, url?: string): Promise<{ lib: Library; path: string }>
  close(): Promise<void>
}

export async function startTestDesk(backend: DeskBackend, options: DeskServerOptions = {}): Promise<TestDesk> {
  const opened = await backend.open()
  const desk: Partial<TestDesk> = { db: opened.db, hold: null }
  // Library folders live as long as the desk: a test file shares libraries between its tests.
  const folders: string[] = []
  const running = await startDeskServer(opened.db, {
    log: () => undefined,
    ...options,
    beforeAnswer: (route, user) => (desk.hold ? desk.hold(route, user) : Promise.resolve())
  })
  return Object.assign(desk, {
    running,
    async user(role: Role) {
      const name = unique(role)
      const { token } = await addUser(opened.db, name, role)
      return { name, token }
    },
    async count(table: string) {
      const { rows } = await opened.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)
      return Number(rows[0]!.n)
    },
    async library(token: string, url = running.url) {
      const dir = mkdtempSync(join(tmpdir(), 'amud-desk-lib-'))
      folders.push(dir)
      const path = join(dir, 'library.sqlite')
      const lib = openLibrary(path)
      const me = await new DeskClient(running.url, token).whoami()
      writeLink(lib, { url, token, userName: me.name, role: me.role }, new Date().toISOString())
      return { lib, path }
    },
    async close() {
      await running.close()
      await opened.dispose()
      for (const dir of folders) rmSync(dir, { recursive: true, force: true })
    }
  }) as TestDesk
}

export function write(lib: Library, paragraphs: string[], title = 'عمود'): string {
  return lib.createArticle({ title, document: documentFromParagraphs(paragraphs) }).id
}

export function paragraphs(lib: Library, id: string): string[] {
  return paragraphsFromDocument(lib.getArticle(id).document)
}

export function edit(lib: Library, id: string, index: number, text: string): void {
  const a = lib.getArticle(id)
  const ps = paragraphsFromDocument(a.document)
  ps[index] = text
  lib.saveArticle({ id, baseVersion: a.version, changes: { document: documentFromParagraphs(ps) } })
}

/** The local article linked to a desk article id. */
export function localOf(lib: Library, deskId: string): string {
  const r = lib.database.prepare('SELECT a.id FROM desk_articles d JOIN articles a ON a.pk = d.article_pk WHERE d.desk_id = ?').get(deskId) as { id: string }
  return r.id
}

export const content = (ps: string[], title = 'عمود'): DeskContent => ({
  title,
  author: '',
  pullQuote: '',
  status: 'draft',
  blocks: documentFromParagraphs(ps).root.children
})
