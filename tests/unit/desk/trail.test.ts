// An article's status trail on the desk (draft → editing → ready → published, who and when),
// and requests that arrive out of order (an old push replayed after newer ones, a push from a
// version the desk never had, a pull cursor from the future): each refused or answered as
// before, with a clear message, and nothing written. On both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeskClient } from '../../../src/node/desk/client'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import type { ArticleStatus } from '../../../src/shared/model/article'
import type { Library } from '../../../src/node/library/index'
import { amud } from '../../support/cli'
import { embeddedBackend, postgresUnavailable, serverBackend, type DeskBackend } from '../../support/desk'
import { content, edit, localOf, startTestDesk, unique, write, type TestDesk } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

function setStatus(lib: Library, id: string, status: ArticleStatus): void {
  const a = lib.getArticle(id)
  lib.saveArticle({ id, baseVersion: a.version, changes: { status } })
}

function trailSuite(backend: DeskBackend): void {
  let desk: TestDesk
  beforeAll(async () => {
    desk = await startTestDesk(backend)
  }, 180_000)
  afterAll(async () => desk?.close(), 60_000)

  async function raw(
    path: string,
    token: string,
    body?: unknown
  ): Promise<{ status: number; json: { error?: { code: string; message: string } } & Record<string, unknown> }> {
    const res = await fetch(new URL(path, desk.running.url), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: res.status, json: (await res.json()) as never }
  }

  it('keeps the status trail: every status, who set it and when, oldest first', async () => {
    const alice = await desk.user('columnist')
    const bob = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await desk.library(alice.token)
    const e = await desk.library(editor.token)
    const id = write(a.lib, ['مسودة أولى', 'فقرة'])
    markSent(a.lib, id, editor.name)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)

    setStatus(e.lib, eid, 'editing')
    await syncLibrary(e.lib)
    // The columnist edits the text meanwhile: a new version, the same status, no new step.
    edit(a.lib, id, 1, 'فقرة بعد تعديل الكاتبة')
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    setStatus(e.lib, eid, 'ready')
    await syncLibrary(e.lib)
    setStatus(e.lib, eid, 'published')
    await syncLibrary(e.lib)

    const { trail } = await new DeskClient(desk.running.url, alice.token).trail(id)
    expect(trail.map((s) => [s.status, s.by])).toEqual([
      ['draft', alice.name],
      ['editing', editor.name],
      ['ready', editor.name],
      ['published', editor.name]
    ])
    expect(trail.map((s) => s.version)).toEqual([...trail.map((s) => s.version)].sort((x, y) => x - y))
    expect(trail[2]!.version - trail[1]!.version).toBeGreaterThanOrEqual(2)
    const times = trail.map((s) => Date.parse(s.at))
    expect(times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= times[i - 1]!))).toBe(true)
    // The columnist's library follows: the article is published there too.
    await syncLibrary(a.lib)
    expect(a.lib.getArticle(id).status).toBe('published')

    // As the desk command shows it, for the local article's id.
    const cli = await amud(['desk', 'trail', id, '--library', a.path])
    expect(cli.code).toBe(0)
    expect(
      cli.out
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t').slice(1, 3))
    ).toEqual(trail.map((s) => [s.status, s.by]))

    const other = await raw(`/v1/articles/${id}/trail`, bob.token)
    expect(other.status).toBe(403)
    expect(other.json.error?.message).toMatch(/belongs to another columnist/)
    const missing = await raw(`/v1/articles/${unique('none')}/trail`, editor.token)
    expect(missing.status).toBe(404)
    a.lib.close()
    e.lib.close()
  })

  it('answers an old push replayed after newer ones as the first time, and writes nothing', async () => {
    const alice = await desk.user('columnist')
    const articleId = unique('replayed')
    const first = { changeId: unique('change-a'), articleId, baseVersion: 0, content: content(['الأولى']) }
    const second = { changeId: unique('change-b'), articleId, baseVersion: 1, content: content(['الثانية']) }
    const answer1 = await raw('/v1/push', alice.token, { changes: [first] })
    expect(answer1.status).toBe(200)
    expect((await raw('/v1/push', alice.token, { changes: [second] })).status).toBe(200)
    const before = { changes: await desk.count('desk_changes'), revisions: await desk.count('desk_revisions') }
    const replay = await raw('/v1/push', alice.token, { changes: [first] })
    expect(replay.json).toEqual(answer1.json)
    expect(await desk.count('desk_changes')).toBe(before.changes)
    expect(await desk.count('desk_revisions')).toBe(before.revisions)
    const now = await new DeskClient(desk.running.url, alice.token).pull(0)
    expect(now.articles.find((x) => x.articleId === articleId)).toMatchObject({ version: 2 })
  })

  it('refuses a push from a version the desk never had and a pull from a cursor it never reached; nothing written', async () => {
    const alice = await desk.user('columnist')
    const articleId = unique('ahead')
    expect(
      (await raw('/v1/push', alice.token, { changes: [{ changeId: unique('change-c'), articleId, baseVersion: 0, content: content(['نص']) }] })).status
    ).toBe(200)
    const before = { changes: await desk.count('desk_changes'), revisions: await desk.count('desk_revisions') }
    const ahead = await raw('/v1/push', alice.token, { changes: [{ changeId: unique('change-d'), articleId, baseVersion: 7, content: content(['نص آخر']) }] })
    expect(ahead.status).toBe(400)
    expect(ahead.json.error?.message).toMatch(/starts from version 7, but the desk is only at version 1/)
    const future = await raw('/v1/pull?since=999999999', alice.token)
    expect(future.status).toBe(409)
    expect(future.json.error?.message).toMatch(/up to change 999999999, but the desk's latest change is \d+: the desk was replaced or restored/)
    expect(await desk.count('desk_changes')).toBe(before.changes)
    expect(await desk.count('desk_revisions')).toBe(before.revisions)
  })
}

describe('the status trail and out-of-order requests on the embedded PostgreSQL (PGlite)', () => trailSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('the status trail and out-of-order requests on a PostgreSQL server', () => trailSuite(serverBackend))
