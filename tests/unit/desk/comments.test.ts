// Comments, conflicts and "what the editor changed" through a real desk (node:http on
// 127.0.0.1) over real PostgreSQL (the embedded PGlite always; Debian's server too when one
// is reachable), between real SQLite libraries syncing with the sync engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCommentsService } from '../../../src/node/comments/service'
import { CommentsClient } from '../../../src/node/desk/comment-client'
import { linkedByArticleId } from '../../../src/node/desk/local'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import type { Library } from '../../../src/node/library/index'
import { makeAnchor } from '../../../src/shared/comments/anchor'
import type { CommentChange } from '../../../src/shared/desk/comments'
import { CuttingProxy } from '../../support/cutting-proxy'
import { embeddedBackend, postgresUnavailable, serverBackend, type DeskBackend } from '../../support/desk'
import { edit, localOf, paragraphs, startTestDesk, unique, write, type TestDesk } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

const PARAS = ['الفقرة الأولى عن السوق.', 'الفقرة الثانية عن الأسعار والأزمة.', 'الفقرة الثالثة عن الحكومة.']

function commentsSuite(backend: DeskBackend): void {
  let desk: TestDesk

  beforeAll(async () => {
    desk = await startTestDesk(backend)
  }, 180_000)
  afterAll(async () => desk?.close(), 60_000)

  /** A columnist with an article on the desk, and an editor's library holding it. */
  async function pair(): Promise<{ col: Library; ed: Library; colId: string; edId: string; editor: string; colToken: string }> {
    const columnist = await desk.user('columnist')
    const editor = await desk.user('editor')
    const { lib: col } = await desk.library(columnist.token)
    const { lib: ed } = await desk.library(editor.token)
    const colId = write(col, PARAS)
    markSent(col, colId, editor.name)
    await syncLibrary(col)
    await syncLibrary(ed)
    return { col, ed, colId, edId: localOf(ed, colId), editor: editor.name, colToken: columnist.token }
  }

  async function raw(path: string, token: string | null, body?: unknown): Promise<{ status: number; message: string }> {
    const res = await fetch(new URL(path, desk.running.url), {
      method: body === undefined ? 'GET' : 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    })
    const json = (await res.json()) as { error?: { message: string } }
    return { status: res.status, message: json.error?.message ?? '' }
  }

  it('a comment, its reply and its resolve travel both ways, with who wrote and resolved them', async () => {
    const { col, ed, colId, edId, editor } = await pair()
    const start = PARAS[1]!.indexOf('الأزمة')
    const added = createCommentsService(col).addComment({
      id: unique('comment-'),
      articleId: colId,
      anchor: makeAnchor(PARAS, 1, start, start + 6),
      body: 'هل أوضح الأزمة؟'
    })
    expect(added.pending).toBe(true)
    expect((await syncLibrary(col)).commentsSent).toBe(1)
    expect(createCommentsService(col).listComments(colId)[0]!.pending).toBe(false)
    await syncLibrary(ed)
    const edSvc = createCommentsService(ed)
    const [seen] = edSvc.listComments(edId)
    expect(seen).toMatchObject({ body: 'هل أوضح الأزمة؟', place: { paragraph: 1, start, end: start + 6 }, resolved: false })
    edSvc.replyToComment({ id: unique('reply-'), parentId: seen!.id, body: 'نعم، أضف رقمًا.' })
    edSvc.resolveComment(seen!.id, true)
    await syncLibrary(ed)
    await syncLibrary(col)
    const back = createCommentsService(col).listComments(colId)
    expect(back.map((c) => [c.body, c.author === editor, c.resolved])).toEqual([
      ['هل أوضح الأزمة؟', false, true],
      ['نعم، أضف رقمًا.', true, false]
    ])
    expect(back[0]!.resolvedBy).toBe(editor)
    col.close()
    ed.close()
  })

  it('applies a comment push repeated after a lost answer once', async () => {
    const { col, colId, colToken } = await pair()
    const client = new CommentsClient(desk.running.url, colToken)
    const change: CommentChange = {
      changeId: unique('change-'),
      commentId: unique('comment-'),
      articleId: colId,
      parentId: null,
      anchor: makeAnchor(PARAS, 0, 0, 6),
      body: 'مرة واحدة',
      createdAt: new Date().toISOString(),
      resolved: false
    }
    const before = { comments: await desk.count('desk_comments'), changes: await desk.count('desk_comment_changes') }
    const first = await client.pushComments([change])
    const again = await client.pushComments([change])
    expect(again).toEqual(first)
    expect(await desk.count('desk_comments')).toBe(before.comments + 1)
    expect(await desk.count('desk_comment_changes')).toBe(before.changes + 1)
    col.close()
  })

  it("refuses a comment on another columnist's article, a malformed or oversized one, and one without a token; nothing is written", async () => {
    const { col, colId } = await pair()
    const other = await desk.user('columnist')
    const change = {
      changeId: unique('change-'),
      commentId: unique('comment-'),
      articleId: colId,
      parentId: null,
      anchor: makeAnchor(PARAS, 0, 0, 6),
      body: 'تطفل',
      createdAt: '',
      resolved: false
    }
    const before = await desk.count('desk_comments')
    const stranger = await raw('/v1/comments', other.token, { changes: [change] })
    expect(stranger.status).toBe(403)
    expect(stranger.message).toMatch(/belongs to another columnist/)
    expect((await raw('/v1/comments', null, { changes: [change] })).status).toBe(401)
    const both = await raw('/v1/comments', other.token, { changes: [{ ...change, anchor: null }] })
    expect(both.status).toBe(400)
    expect(both.message).toMatch(/an anchor, a reply a parent/)
    const long = await raw('/v1/comments', other.token, { changes: [{ ...change, body: 'ك'.repeat(10_001) }] })
    expect(long.status).toBe(400)
    const huge = await raw('/v1/comments', other.token, JSON.stringify({ changes: [{ ...change, body: 'ك'.repeat(5_000_000) }] }))
    expect(huge.status).toBe(413)
    expect((await raw(`/v1/articles/${colId}/versions?after=0`, other.token)).status).toBe(403)
    expect(await desk.count('desk_comments')).toBe(before)
    col.close()
  })

  it('a paragraph changed on both sides is a conflict showing both versions; "keep both" keeps both texts', async () => {
    const { col, ed, colId, edId } = await pair()
    edit(col, colId, 0, 'الفقرة الأولى كما عدّلتها الكاتبة.')
    edit(col, colId, 1, 'نص الكاتبة للفقرة الثانية.')
    edit(ed, edId, 1, 'نص المحرر للفقرة الثانية.')
    edit(ed, edId, 2, 'الفقرة الثالثة كما حررها المحرر.')
    await syncLibrary(col)
    const report = await syncLibrary(ed)
    expect(report.conflicts).toHaveLength(1)
    const svc = createCommentsService(ed)
    const [conflict] = svc.listConflicts(edId)
    // Only the paragraph both changed: the columnist's first and the editor's third merged and are not in the dialog.
    expect(conflict!.parts).toEqual([{ place: 'body', mine: ['نص المحرر للفقرة الثانية.'], desk: ['نص الكاتبة للفقرة الثانية.'] }])
    expect(paragraphs(ed, edId)).toEqual(['الفقرة الأولى كما عدّلتها الكاتبة.', 'نص الكاتبة للفقرة الثانية.', 'الفقرة الثالثة كما حررها المحرر.'])
    const kept = svc.resolveConflict(conflict!.id, 'both', ed.getArticle(edId).version)
    expect(kept.bodyText).toContain('نص الكاتبة للفقرة الثانية.')
    expect(paragraphs(ed, edId)).toEqual([
      'الفقرة الأولى كما عدّلتها الكاتبة.',
      'نص الكاتبة للفقرة الثانية.',
      'نص المحرر للفقرة الثانية.',
      'الفقرة الثالثة كما حررها المحرر.'
    ])
    expect(svc.listConflicts(edId)).toEqual([])
    await syncLibrary(ed)
    await syncLibrary(col)
    expect(paragraphs(col, colId)).toEqual(paragraphs(ed, edId))
    col.close()
    ed.close()
  })

  it('keeping one side or the other', async () => {
    const { col, ed, colId, edId } = await pair()
    edit(col, colId, 0, 'بداية الكاتبة.')
    edit(ed, edId, 0, 'بداية المحرر.')
    await syncLibrary(col)
    await syncLibrary(ed)
    const svc = createCommentsService(ed)
    const [c] = svc.listConflicts(edId)
    expect(linkedByArticleId(ed, edId)!.conflicts).toBe(1)
    svc.resolveConflict(c!.id, 'mine', ed.getArticle(edId).version)
    // `amud desk status` counts conflicts waiting to be resolved; the resolved one keeps its row.
    expect(linkedByArticleId(ed, edId)!.conflicts).toBe(0)
    expect((ed.database.prepare('SELECT count(*) AS n FROM desk_conflicts').get() as { n: number }).n).toBe(1)
    expect(paragraphs(ed, edId)[0]).toBe('بداية المحرر.')
    await expect(async () => svc.resolveConflict(c!.id, 'desk', ed.getArticle(edId).version)).rejects.toThrow(/not waiting/)
    col.close()
    ed.close()
  })

  it('names who made a version that arrives by pull without asking the desk; several versions at once are asked for', async () => {
    const { col, ed, colId, edId, editor } = await pair()
    // The columnist's library talks to the desk through a proxy that notes each request.
    const proxy = new CuttingProxy(new URL(desk.running.url))
    await proxy.start()
    col.statement('UPDATE desk_link SET url = ? WHERE one = 1').run(proxy.url)
    const asked = (): string[] => proxy.requests.filter((r) => r.includes('/versions'))
    try {
      edit(ed, edId, 2, 'الفقرة الثالثة بقلم المحرر.')
      await syncLibrary(ed)
      await syncLibrary(col)
      let [latest] = createCommentsService(col).listDeskChanges(colId)
      expect(latest!.by).toEqual([editor])
      expect(asked()).toEqual([])
      // Two versions in one pull: who made them is asked for.
      edit(ed, edId, 1, 'الفقرة الثانية بقلم المحرر.')
      await syncLibrary(ed)
      edit(ed, edId, 0, 'الفقرة الأولى بقلم المحرر.')
      await syncLibrary(ed)
      await syncLibrary(col)
      ;[latest] = createCommentsService(col).listDeskChanges(colId)
      expect(latest!.by).toEqual([editor])
      expect(asked()).toHaveLength(1)
      expect(paragraphs(col, colId)).toEqual(['الفقرة الأولى بقلم المحرر.', 'الفقرة الثانية بقلم المحرر.', 'الفقرة الثالثة بقلم المحرر.'])
    } finally {
      await proxy.close()
      col.close()
      ed.close()
    }
  })

  it('shows the columnist what the editor changed, word by word, with who', async () => {
    const { col, ed, colId, edId, editor } = await pair()
    edit(ed, edId, 2, 'الفقرة الثالثة الطويلة عن الحكومة.')
    await syncLibrary(ed)
    edit(col, colId, 0, 'الفقرة الأولى عن السوق اليوم.')
    await syncLibrary(col)
    const [change] = createCommentsService(col).listDeskChanges(colId)
    expect(change!.by).toEqual([editor])
    expect(change!.diff.stats).toEqual({ wordsInserted: 1, wordsDeleted: 0 })
    const changed = change!.diff.paragraphs.filter((p) => p.op !== 'equal')
    expect(changed).toHaveLength(1)
    expect(changed[0]!.parts).toContainEqual({ op: 'insert', text: 'الطويلة ' })
    expect(paragraphs(col, colId)).toEqual(['الفقرة الأولى عن السوق اليوم.', PARAS[1], 'الفقرة الثالثة الطويلة عن الحكومة.'])
    col.close()
    ed.close()
  })
}

describe('comments and review on the embedded PostgreSQL (PGlite)', () => commentsSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('comments and review on a PostgreSQL server', () => commentsSuite(serverBackend))
