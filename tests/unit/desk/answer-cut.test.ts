// The desk's answer cut off half way (issue 14: "drop the connection mid-response"), by a
// proxy on 127.0.0.1 (tests/support/cutting-proxy.ts), on both backends: a push answer cut
// after its status line and mid-body (the desk applied it, the columnist writes on, the editor
// edits another paragraph), a push answered while the article is being edited, and a pull
// answer cut mid-body. Afterwards a sync converges, every word is on both sides, no conflict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import { CuttingProxy } from '../../support/cutting-proxy'
import { embeddedBackend, postgresUnavailable, serverBackend, waitFor, type DeskBackend } from '../../support/desk'
import { converge, onDesk } from '../../support/desk-faults'
import { edit, localOf, paragraphs, startTestDesk, write, type TestDesk } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

function faultSuite(backend: DeskBackend): void {
  let desk: TestDesk
  let proxy: CuttingProxy
  beforeAll(async () => {
    desk = await startTestDesk(backend)
    proxy = new CuttingProxy(new URL(desk.running.url))
    await proxy.start()
  }, 180_000)
  afterAll(async () => {
    await proxy?.close()
    await desk?.close()
  }, 60_000)

  // Cut in the headers, the client sends the push once more and the desk answers the repeat from
  // its change id (applied once); cut in the body, the sync fails with a sentence.
  it.each([
    ['after the status line', 20, 'synced'],
    ['in the middle of the body', 300, /not a desk answer/]
  ] as const)('a push answer cut %s: the edit made meanwhile and the applied one both arrive, once, with no conflict', async (_where, keep, outcome) => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await desk.library(alice.token, proxy.url)
    const e = await desk.library(editor.token)
    const id = write(a.lib, ['بداية المقال', 'فقرة ثانية'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)

    edit(a.lib, id, 0, 'بداية المقال كما وصلت إلى الديسك')
    proxy.cut = { route: 'POST /v1/push', keep }
    const got = await syncLibrary(a.lib).then(
      () => 'synced',
      (err: unknown) => (err instanceof Error ? err.message : String(err))
    )
    expect(got).toMatch(outcome)
    expect(proxy.cuts).toBeGreaterThan(0)
    // The desk applied it: the editor receives it, and edits another paragraph.
    await syncLibrary(e.lib)
    expect(paragraphs(e.lib, eid)[0]).toBe('بداية المقال كما وصلت إلى الديسك')
    edit(e.lib, eid, 1, 'فقرة ثانية حررها المحرر')
    await syncLibrary(e.lib)
    // The columnist, not knowing, writes on in the same paragraph before syncing again.
    edit(a.lib, id, 0, 'بداية المقال كما وصلت إلى الديسك ثم زادت عليها الكاتبة')
    const r = await syncLibrary(a.lib)
    expect(r.conflicts).toEqual([])
    await converge([a.lib, e.lib])
    const both = ['بداية المقال كما وصلت إلى الديسك ثم زادت عليها الكاتبة', 'فقرة ثانية حررها المحرر']
    expect(paragraphs(a.lib, id)).toEqual(both)
    expect(paragraphs(e.lib, eid)).toEqual(both)
    expect(await onDesk(desk.running.url, editor.token, id)).toEqual(both)
    const { rows } = await desk.db.query<{ n: string }>(`SELECT count(*) AS n FROM desk_revisions WHERE article_id = $1 AND kind = 'conflict'`, [id])
    expect(Number(rows[0]!.n)).toBe(0)
    a.lib.close()
    e.lib.close()
  })

  it('a push answered while the article was being edited: the edit goes up next, merged from the pushed text, with no conflict', async () => {
    const alice = await desk.user('columnist')
    const editor = await desk.user('editor')
    const a = await desk.library(alice.token)
    const e = await desk.library(editor.token)
    const id = write(a.lib, ['سطر الكاتبة', 'سطر المحرر'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)

    let held = false
    let release: () => void = () => undefined
    desk.hold = (route, user) =>
      route === 'POST /v1/push' && user.name === alice.name ? new Promise<void>((r) => ((held = true), (release = r))) : Promise.resolve()
    edit(a.lib, id, 0, 'سطر الكاتبة بعد التعديل الأول')
    const first = syncLibrary(a.lib)
    try {
      await waitFor('the desk to hold its answer', () => held)
      // The desk has applied the push; its answer waits while the columnist writes on.
      edit(a.lib, id, 0, 'سطر الكاتبة بعد التعديل الأول والثاني')
    } finally {
      desk.hold = null
      release()
    }
    expect((await first).leftForNext).toBe(1)
    edit(e.lib, eid, 1, 'سطر المحرر بعد تحريره')
    await syncLibrary(e.lib)
    expect((await syncLibrary(a.lib)).conflicts).toEqual([])
    await converge([a.lib, e.lib])
    const both = ['سطر الكاتبة بعد التعديل الأول والثاني', 'سطر المحرر بعد تحريره']
    expect(paragraphs(a.lib, id)).toEqual(both)
    expect(paragraphs(e.lib, eid)).toEqual(both)
    a.lib.close()
    e.lib.close()
  })

  it('a pull answer cut mid-body: the next sync receives every article once', async () => {
    const alice = await desk.user('columnist')
    const a = await desk.library(alice.token)
    const ids = [write(a.lib, ['أول'], 'واحد'), write(a.lib, ['ثان'], 'اثنان'), write(a.lib, ['ثالث'], 'ثلاثة')]
    for (const id of ids) markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    const second = await desk.library(alice.token, proxy.url)
    proxy.cut = { route: 'GET /v1/pull', keep: 400 }
    await expect(syncLibrary(second.lib)).rejects.toThrow(/did not answer|not a desk answer/)
    expect(second.lib.listArticles({}).items).toHaveLength(0)
    expect((await syncLibrary(second.lib)).received).toBe(3)
    expect(
      second.lib
        .listArticles({})
        .items.map((x) => x.title)
        .sort()
    ).toEqual(['اثنان', 'ثلاثة', 'واحد'].sort())
    await converge([second.lib])
    a.lib.close()
    second.lib.close()
  })
}

describe('the desk with answers cut, on the embedded PostgreSQL (PGlite)', () => faultSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('the desk with answers cut, on a PostgreSQL server', () => faultSuite(serverBackend))
