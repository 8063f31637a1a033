// The desk end to end: a real desk server (node:http on 127.0.0.1) over real PostgreSQL (the
// embedded PGlite always; Debian's server too when one is reachable), real SQLite libraries
// syncing with it, and for the crash test a real `amud desk sync` process killed mid-push.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeskClient } from '../../../src/node/desk/client'
import { readLink } from '../../../src/node/desk/local'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import { revokeUser } from '../../../src/node/desk/users'
import { openLibrary, type Library } from '../../../src/node/library/index'
import type { PushChange } from '../../../src/shared/desk/contract'
import { embeddedBackend, postgresUnavailable, serverBackend, waitFor, type DeskBackend } from '../../support/desk'
import { content, edit, localOf, paragraphs, startTestDesk, unique, write, type TestDesk } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

const bin = resolve(__dirname, '../../../bin/amud.mjs')
function deskSuite(backend: DeskBackend): void {
  let desk: TestDesk

  beforeAll(async () => {
    desk = await startTestDesk(backend)
  }, 180_000)
  afterAll(async () => desk?.close(), 60_000)

  const library = (token: string): Promise<{ lib: Library; path: string }> => desk.library(token)

  async function raw(
    path: string,
    init: { token?: string; method?: string; body?: string | Buffer } = {}
  ): Promise<{ status: number; json: { error?: { code: string; message: string } } & Record<string, unknown>; text: string }> {
    const res = await fetch(new URL(path, desk.running.url), {
      method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
      headers: init.token ? { authorization: `Bearer ${init.token}` } : {},
      body: init.body
    })
    const text = await res.text()
    return { status: res.status, json: JSON.parse(text) as never, text }
  }

  it("refuses a request with no token, a wrong token or a revoked one, and a columnist asking for another's article; nothing is written", async () => {
    const alice = await desk.user('columnist')
    const bob = await desk.user('columnist')
    const { lib } = await library(alice.token)
    const id = write(lib, ['فقرة أولى لعلياء'])
    markSent(lib, id, null)
    expect((await syncLibrary(lib)).sent).toBe(1)

    const none = await raw('/v1/whoami')
    expect(none.status).toBe(401)
    expect(none.json.error?.message).toMatch(/needs an access token/)
    const wrong = await raw('/v1/whoami', { token: `${bob.token.slice(0, -4)}AAAA` })
    expect(wrong.status).toBe(401)
    expect(wrong.json.error?.message).toMatch(/wrong or has been revoked/)

    const before = { changes: await desk.count('desk_changes'), revisions: await desk.count('desk_revisions') }
    const peek = await raw(`/v1/articles/${id}`, { token: bob.token })
    expect(peek.status).toBe(403)
    expect(peek.json.error?.message).toMatch(/belongs to another columnist/)
    const steal = await raw('/v1/push', {
      token: bob.token,
      body: JSON.stringify({ changes: [{ changeId: 'bobs-change-0001', articleId: id, baseVersion: 1, content: content(['نص بوب']) }] })
    })
    expect(steal.status).toBe(403)
    const bobsPull = await raw('/v1/pull?since=0', { token: bob.token })
    expect(bobsPull.status).toBe(200)
    expect(bobsPull.json.articles).toEqual([])

    expect(await revokeUser(desk.db, alice.name)).toBe(true)
    const revoked = await raw('/v1/pull?since=0', { token: alice.token })
    expect(revoked.status).toBe(401)
    edit(lib, id, 0, 'تعديل بعد سحب الإذن')
    await expect(syncLibrary(lib)).rejects.toThrow(/wrong or has been revoked/)

    expect(await desk.count('desk_changes')).toBe(before.changes)
    expect(await desk.count('desk_revisions')).toBe(before.revisions)
    const editor = await desk.user('editor')
    const onDesk = await raw(`/v1/articles/${id}`, { token: editor.token })
    expect(onDesk.status).toBe(200)
    expect(JSON.stringify(onDesk.json)).toContain('فقرة أولى لعلياء')
    lib.close()
  })

  it('refuses malformed, invalid, oversized and too deeply nested requests with a clear JSON error and writes nothing', async () => {
    const alice = await desk.user('columnist')
    const before = { changes: await desk.count('desk_changes'), articles: await desk.count('desk_articles') }
    const malformed = await raw('/v1/push', { token: alice.token, body: '{"changes": [' })
    expect(malformed.status).toBe(400)
    expect(malformed.json.error).toEqual({ code: 'invalid', message: 'The request body is not JSON.' })

    const invalid = await raw('/v1/push', { token: alice.token, body: JSON.stringify({ changes: [{ changeId: 'x', articleId: 'a b' }] }) })
    expect(invalid.status).toBe(400)
    expect(invalid.json.error?.message).toMatch(/^The request is not valid: changes\.0\./)

    const big = JSON.stringify({
      changes: [{ changeId: 'big-change-0001', articleId: 'big', baseVersion: 0, content: content(['ا'.repeat(9 * 1024 * 1024)]) }]
    })
    const oversized = await raw('/v1/push', { token: alice.token, body: big })
    expect(oversized.status).toBe(413)
    expect(oversized.json.error?.message).toMatch(/larger than this desk accepts/)

    let deep: unknown = { type: 'text', version: 1, text: 'عميق' }
    for (let i = 0; i < 300; i++) deep = { type: 'paragraph', version: 1, children: [deep] }
    const tooDeep = await raw('/v1/push', {
      token: alice.token,
      body: JSON.stringify({ changes: [{ changeId: 'deep-change-0001', articleId: 'deep', baseVersion: 0, content: { ...content([]), blocks: [deep] } }] })
    })
    expect(tooDeep.status).toBe(400)
    expect(tooDeep.json.error?.message).toMatch(/nests deeper/)

    const outOfOrder = await raw('/v1/push', {
      token: alice.token,
      body: JSON.stringify({ changes: [{ changeId: 'order-change-0001', articleId: unique('nothere'), baseVersion: 3, content: content(['x']) }] })
    })
    expect(outOfOrder.status).toBe(404)
    expect(outOfOrder.json.error?.message).toMatch(/is not on this desk/)

    for (const r of [malformed, invalid, oversized, tooDeep, outOfOrder]) expect(r.text).not.toMatch(/\.ts:\d|at .*\(/)
    expect(await desk.count('desk_changes')).toBe(before.changes)
    expect(await desk.count('desk_articles')).toBe(before.articles)
  })

  it('applies a push repeated with the same change id once', async () => {
    const alice = await desk.user('columnist')
    const articleId = unique('article')
    const change: PushChange = { changeId: unique('change-'), articleId, baseVersion: 0, content: content(['مرة واحدة فقط']) }
    const first = await raw('/v1/push', { token: alice.token, body: JSON.stringify({ changes: [change] }) })
    const again = await raw('/v1/push', { token: alice.token, body: JSON.stringify({ changes: [change] }) })
    expect(first.status).toBe(200)
    expect(again.json).toEqual(first.json)
    const { rows } = await desk.db.query<{ n: string }>('SELECT count(*) AS n FROM desk_revisions WHERE article_id = $1', [articleId])
    expect(Number(rows[0]!.n)).toBe(1)
    const stolen = await raw('/v1/push', { token: (await desk.user('columnist')).token, body: JSON.stringify({ changes: [change] }) })
    expect(stolen.status).toBe(409)
  })

  it("merges two libraries' edits to different paragraphs, and both end with both", async () => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await library(alice.token)
    const e = await library(editor.token)
    const id = write(a.lib, ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة'])
    markSent(a.lib, id, editor.name)
    await syncLibrary(a.lib)
    // The editor receives every article on the desk (other tests' too), this one among them.
    expect((await syncLibrary(e.lib)).received).toBeGreaterThanOrEqual(1)
    const eid = localOf(e.lib, id)
    expect(paragraphs(e.lib, eid)).toEqual(['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة'])

    edit(a.lib, id, 0, 'الفقرة الأولى كما أعادت الكاتبة صياغتها')
    edit(e.lib, eid, 2, 'الفقرة الثالثة بقلم المحرر')
    await syncLibrary(a.lib)
    const r = await syncLibrary(e.lib)
    expect(r.merged).toBe(1)
    expect(r.conflicts).toEqual([])
    await syncLibrary(a.lib)
    const both = ['الفقرة الأولى كما أعادت الكاتبة صياغتها', 'الفقرة الثانية', 'الفقرة الثالثة بقلم المحرر']
    expect(paragraphs(a.lib, id)).toEqual(both)
    expect(paragraphs(e.lib, eid)).toEqual(both)
    a.lib.close()
    e.lib.close()
  })

  it('keeps both texts when the same paragraph changed on both sides, and reports the conflict', async () => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await library(alice.token)
    const e = await library(editor.token)
    const id = write(a.lib, ['مقدمة', 'جملة متنازع عليها', 'خاتمة'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)
    edit(a.lib, id, 1, 'نسخة الكاتبة من الجملة')
    edit(e.lib, eid, 1, 'نسخة المحرر من الجملة')
    await syncLibrary(a.lib)
    const r = await syncLibrary(e.lib)
    expect(r.conflicts).toEqual([{ articleId: eid, title: 'عمود', places: ['body'] }])
    await syncLibrary(a.lib)
    // The desk kept the side that reached it first, on both libraries...
    expect(paragraphs(a.lib, id)).toEqual(['مقدمة', 'نسخة الكاتبة من الجملة', 'خاتمة'])
    expect(paragraphs(e.lib, eid)).toEqual(['مقدمة', 'نسخة الكاتبة من الجملة', 'خاتمة'])
    // ...and the other side's text is kept: as a conflict revision on the desk, and in the editor's library.
    const { rows } = await desk.db.query<{ blocks: unknown }>(`SELECT blocks FROM desk_revisions WHERE article_id = $1 AND kind = 'conflict'`, [id])
    expect(JSON.stringify(rows.map((x) => x.blocks))).toContain('نسخة المحرر من الجملة')
    const kept = e.lib.database.prepare('SELECT kept_text FROM desk_conflicts').all() as { kept_text: string }[]
    expect(kept.map((k) => k.kept_text).join()).toContain('نسخة المحرر من الجملة')
    const pulled = await new DeskClient(desk.running.url, alice.token).pull(0)
    expect(pulled.articles.find((x) => x.articleId === id)?.conflicts).toBe(1)
    a.lib.close()
    e.lib.close()
  })

  it('loses no acknowledged word when a syncing client is killed before it hears the answer', async () => {
    const alice = await desk.user('columnist')
    const a = await library(alice.token)
    const id = write(a.lib, ['قبل الانقطاع'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    edit(a.lib, id, 0, 'كلمات كتبت قبل أن يقتل البرنامج')
    a.lib.close()

    let arrived = false
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    desk.hold = async (route, user) => {
      if (route !== 'POST /v1/push' || user.name !== alice.name) return
      arrived = true
      await gate
    }
    const child = spawn(process.execPath, [bin, 'desk', 'sync', '--library', a.path], { stdio: 'ignore' })
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)))
    try {
      await waitFor('the push to reach the desk', () => arrived, 60_000)
      child.kill('SIGKILL')
      expect(await exited).toBe('SIGKILL')
    } finally {
      desk.hold = null
      release()
    }
    // The desk applied the push (its answer never arrived): the word is on the desk already.
    const onDesk = await new DeskClient(desk.running.url, alice.token).pull(0)
    expect(JSON.stringify(onDesk.articles.find((x) => x.articleId === id)?.content)).toContain('كلمات كتبت قبل أن يقتل البرنامج')

    const lib = openLibrary(a.path)
    const r = await syncLibrary(lib)
    expect(r.conflicts).toEqual([])
    expect(paragraphs(lib, id)).toEqual(['كلمات كتبت قبل أن يقتل البرنامج'])
    // The retry carried the same change id: applied once, so the desk has versions 1 and 2 only.
    const { rows } = await desk.db.query<{ version: number }>(`SELECT version FROM desk_revisions WHERE article_id = $1 ORDER BY version`, [id])
    expect(rows.map((x) => x.version)).toEqual([1, 2])
    expect(readLink(lib)?.lastSyncAt).not.toBeNull()
    expect((await syncLibrary(lib)).sent).toBe(0)
    lib.close()
  }, 120_000)
}

describe('the desk on the embedded PostgreSQL (PGlite)', () => deskSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('the desk on a PostgreSQL server', () => deskSuite(serverBackend))
