// The desk polices status moves (src/shared/desk/status.ts): a columnist hands a draft over
// (draft → editing); an editor moves editing ↔ ready → published, and a published piece back
// to editing for a correction. Any other move is refused (403) with a sentence in English and
// Arabic, and nothing is written; a push that only merges with an editor's move is not one.
// On both backends, over HTTP and through a library's sync.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeskClient } from '../../../src/node/desk/client'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import type { Library } from '../../../src/node/library/index'
import type { ArticleStatus } from '../../../src/shared/model/article'
import { AmudError } from '../../../src/shared/model/errors'
import { embeddedBackend, postgresUnavailable, serverBackend, type DeskBackend } from '../../support/desk'
import { content, edit, localOf, startTestDesk, unique, write, type TestDesk } from '../../support/desk-suite'
import { ar } from '../messages/render'
import type { Said } from '../../../src/shared/messages/catalog'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

interface Answer {
  status: number
  json: { error?: { code: string; message: string; said?: Said }; results?: { version: number }[] }
}

function setStatus(lib: Library, id: string, status: ArticleStatus): void {
  const a = lib.getArticle(id)
  lib.saveArticle({ id, baseVersion: a.version, changes: { status } })
}

function statusSuite(backend: DeskBackend): void {
  let desk: TestDesk
  beforeAll(async () => {
    desk = await startTestDesk(backend)
  }, 180_000)
  afterAll(async () => desk?.close(), 60_000)

  async function push(token: string, articleId: string, baseVersion: number, status: ArticleStatus, text = 'نص'): Promise<Answer> {
    const change = { changeId: unique('status-change-'), articleId, baseVersion, content: { ...content([text]), status } }
    const res = await fetch(new URL('/v1/push', desk.running.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ changes: [change] })
    })
    return { status: res.status, json: (await res.json()) as never }
  }

  /** Pushes a refused move and checks the refusal and that nothing was written. */
  async function refused(token: string, articleId: string, baseVersion: number, status: ArticleStatus, from: string, to: string): Promise<void> {
    const before = { changes: await desk.count('desk_changes'), revisions: await desk.count('desk_revisions'), articles: await desk.count('desk_articles') }
    const r = await push(token, articleId, baseVersion, status, 'نص لا يُكتب')
    expect(r.status).toBe(403)
    expect(r.json.error?.code).toBe('forbidden')
    expect(r.json.error?.message).toContain(`cannot go from ${from} to ${to}`)
    expect(ar(r.json.error?.said)).toMatch(/^لا يمكن نقل المقالة .* لم يتغير شيء/)
    expect({ changes: await desk.count('desk_changes'), revisions: await desk.count('desk_revisions'), articles: await desk.count('desk_articles') }).toEqual(
      before
    )
  }

  it('lets each role make its own moves only, in order; a refused move writes nothing', async () => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const id = unique('status-')
    // A new article starts as a draft or handed over; never further.
    await refused(alice.token, id, 0, 'published', 'draft', 'published')
    await refused(editor.token, id, 0, 'ready', 'draft', 'ready')
    expect((await push(alice.token, id, 0, 'draft')).status).toBe(200)
    await refused(alice.token, id, 1, 'ready', 'draft', 'ready')
    expect((await push(alice.token, id, 1, 'editing')).json.results?.[0]?.version).toBe(2)
    // The columnist has handed it over: the status is the editors' now.
    await refused(alice.token, id, 2, 'ready', 'editing', 'ready')
    await refused(alice.token, id, 2, 'draft', 'editing', 'draft')
    await refused(editor.token, id, 2, 'published', 'editing', 'published')
    expect((await push(editor.token, id, 2, 'ready')).status).toBe(200)
    expect((await push(editor.token, id, 3, 'editing')).status).toBe(200)
    expect((await push(editor.token, id, 4, 'ready')).status).toBe(200)
    expect((await push(editor.token, id, 5, 'published')).status).toBe(200)
    await refused(editor.token, id, 6, 'draft', 'published', 'draft')
    await refused(editor.token, id, 6, 'ready', 'published', 'ready')
    // A correction: back to editing, then through ready again.
    expect((await push(editor.token, id, 6, 'editing', 'نص مصحح')).status).toBe(200)
    const { trail } = await new DeskClient(desk.running.url, alice.token).trail(id)
    expect(trail.map((s) => s.status)).toEqual(['draft', 'editing', 'ready', 'editing', 'ready', 'published', 'editing'])
  })

  it("refuses a columnist's library that publishes its own piece, in both languages, and syncs once the status is set back", async () => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await desk.library(alice.token)
    const e = await desk.library(editor.token)
    const id = write(a.lib, ['فقرة أولى', 'فقرة ثانية'])
    setStatus(a.lib, id, 'editing')
    markSent(a.lib, id, editor.name)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)

    setStatus(a.lib, id, 'published')
    const err = await syncLibrary(a.lib).then(
      () => null,
      (x: unknown) => x
    )
    expect(err).toBeInstanceOf(AmudError)
    expect((err as AmudError).message).toMatch(
      /^The desk refused: Article .* cannot go from editing to published: a columnist may not move it from editing\. Nothing was changed/
    )
    expect(ar((err as AmudError).said)).toMatch(/^رفض الديسك: لا يمكن نقل المقالة .* من «قيد التحرير» إلى «منشورة»/)
    const onDesk = await new DeskClient(desk.running.url, editor.token).pull(0)
    expect(onDesk.articles.find((x) => x.articleId === id)?.content.status).toBe('editing')

    // The editor moves it on; the columnist, status set back, edits a paragraph meanwhile:
    // the merge keeps the editor's move, which is not the columnist's to make, and is not refused.
    setStatus(e.lib, eid, 'ready')
    await syncLibrary(e.lib)
    setStatus(a.lib, id, 'editing')
    edit(a.lib, id, 1, 'فقرة ثانية بعد تعديل الكاتبة')
    const r = await syncLibrary(a.lib)
    expect(r.conflicts).toEqual([])
    expect(a.lib.getArticle(id).status).toBe('ready')
    a.lib.close()
    e.lib.close()
  })
}

describe('status moves on the embedded PostgreSQL (PGlite)', () => statusSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('status moves on a PostgreSQL server', () => statusSuite(serverBackend))
