// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { documentFromParagraphs } from '../../../../src/shared/document'
import type { Article, ArticleChanges, SerializedDocument } from '../../../../src/shared/model/article'
import { AmudError } from '../../../../src/shared/model/errors'
import type { SaveRequest } from '../../../../src/shared/api/library'
import { ArticleSession, type SessionApi } from '../../../../src/renderer/src/session/session'
import { readStash } from '../../../../src/renderer/src/session/stash'

function article(over: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    title: 'عنوان',
    author: null,
    status: 'draft',
    section: '',
    tags: [],
    wordCount: 0,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    publishedAt: null,
    deletedAt: null,
    version: 1,
    pullQuote: '',
    document: documentFromParagraphs(['']),
    bodyText: '',
    ...over
  }
}

/** A library holding one article, with saves that can be made to fail or conflict. */
function fakeLibrary(initial: Article) {
  let stored = initial
  const saves: SaveRequest[] = []
  let failNext: AmudError | null = null
  const api: SessionApi = {
    getArticle: vi.fn(async () => stored),
    saveArticle: vi.fn(async (req: SaveRequest) => {
      saves.push(req)
      if (failNext) {
        const e = failNext
        failNext = null
        throw e
      }
      if (req.baseVersion !== stored.version) throw new AmudError('conflict', 'newer version')
      stored = apply(stored, req.changes)
      return stored
    }),
    createArticle: vi.fn(async (init?: ArticleChanges) => apply(article({ id: 'copy', version: 1 }), init ?? {})),
    restoreRevision: vi.fn(async () => stored)
  }
  return {
    api,
    saves,
    get stored() {
      return stored
    },
    set stored(a: Article) {
      stored = a
    },
    failNextWith(e: AmudError) {
      failNext = e
    }
  }
}

function apply(a: Article, c: ArticleChanges): Article {
  return {
    ...a,
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.pullQuote !== undefined ? { pullQuote: c.pullQuote } : {}),
    ...(c.status !== undefined ? { status: c.status } : {}),
    ...(c.document !== undefined ? { document: c.document } : {}),
    version: a.version + 1
  }
}

const doc = (text: string): SerializedDocument => documentFromParagraphs([text])

describe('article session', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    localStorage.clear()
  })
  afterEach(() => vi.useRealTimers())

  it('autosaves field and document changes with the version it last saw', async () => {
    const lib = fakeLibrary(article())
    const s = new ArticleSession(lib.api, lib.stored)
    let current = doc('أول')
    s.attachEditor(() => current)
    s.setField('title', 'عنوان جديد')
    s.documentChanged()
    expect(s.getSnapshot().status.kind).toBe('dirty')
    await vi.advanceTimersByTimeAsync(700)
    expect(lib.saves).toHaveLength(1)
    expect(lib.saves[0]).toMatchObject({ id: 'a1', baseVersion: 1, changes: { title: 'عنوان جديد', document: current } })
    expect(s.getSnapshot().status.kind).toBe('saved')
    current = doc('ثان')
    s.documentChanged()
    await s.flush('manual')
    expect(lib.saves[1]).toMatchObject({ baseVersion: 2, reason: 'manual', changes: { document: current } })
    expect(lib.saves[1]!.changes.title).toBeUndefined()
  })

  it('a keystroke while already unsaved makes no new snapshot (the writing room does not re-render per key)', () => {
    const lib = fakeLibrary(article())
    const s = new ArticleSession(lib.api, lib.stored)
    s.attachEditor(() => doc('نص'))
    const renders = vi.fn()
    s.subscribe(renders)
    s.documentChanged()
    const first = s.getSnapshot()
    for (let i = 0; i < 20; i++) s.documentChanged()
    expect(renders).toHaveBeenCalledTimes(1)
    expect(s.getSnapshot()).toBe(first)
  })

  it('stashes unsaved words once typing has gone unsaved for a while, not on every pause', async () => {
    // A library that never answers: the stash is what keeps the words.
    const lib = fakeLibrary(article())
    lib.api.saveArticle = vi.fn(() => new Promise<Article>(() => {}))
    const s = new ArticleSession(lib.api, lib.stored, { stashDelayMs: 2000 })
    s.attachEditor(() => doc('كلمات لم تحفظ بعد'))
    s.documentChanged()
    await vi.advanceTimersByTimeAsync(1000)
    expect(await readStash('a1')).toBeNull()
    await vi.advanceTimersByTimeAsync(1100)
    expect((await readStash('a1'))?.changes.document).toEqual(doc('كلمات لم تحفظ بعد'))
  })

  it('while saves keep succeeding, continuous typing stashes nothing', async () => {
    const lib = fakeLibrary(article())
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const s = new ArticleSession(lib.api, lib.stored)
    let n = 0
    s.attachEditor(() => doc(`كلمة ${n}`))
    // Ten keys a second for 30 seconds: autosave saves every maxWait, each save restarts the stash's wait.
    for (; n < 300; n++) {
      s.documentChanged()
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(lib.saves.length).toBeGreaterThanOrEqual(5)
    expect(setItem.mock.calls.filter(([k]) => String(k).startsWith('amud.unsaved.'))).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.dirty).toBe(false)
    setItem.mockRestore()
  })

  it('a save that lands before the stash is due leaves nothing to stash', async () => {
    const lib = fakeLibrary(article())
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const s = new ArticleSession(lib.api, lib.stored, { stashDelayMs: 2000 })
    s.attachEditor(() => doc('نص محفوظ'))
    s.documentChanged()
    await vi.advanceTimersByTimeAsync(5000)
    expect(lib.saves).toHaveLength(1)
    expect(setItem.mock.calls.filter(([k]) => String(k).startsWith('amud.unsaved.'))).toHaveLength(0)
    setItem.mockRestore()
  })

  it('keeps changes after a failed save, stashes them, and says why', async () => {
    const lib = fakeLibrary(article())
    const s = new ArticleSession(lib.api, lib.stored, { retryMs: 1000 })
    s.attachEditor(() => doc('نص لا يضيع'))
    lib.failNextWith(new AmudError('io', 'القرص ممتلئ'))
    s.documentChanged()
    await s.flush()
    expect(s.getSnapshot().status).toEqual({ kind: 'error', message: 'القرص ممتلئ' })
    expect((await readStash('a1'))?.changes.document).toEqual(doc('نص لا يضيع'))
    await vi.advanceTimersByTimeAsync(1000)
    expect(lib.saves).toHaveLength(2)
    expect(lib.saves[1]!.changes.document).toEqual(doc('نص لا يضيع'))
    expect(s.getSnapshot().status.kind).toBe('saved')
    expect(await readStash('a1')).toBeNull()
  })

  it('meets a conflict with a choice, and "keep mine" saves everything I see over theirs', async () => {
    const lib = fakeLibrary(article())
    const s = new ArticleSession(lib.api, lib.stored)
    s.attachEditor(() => doc('نسختي'))
    lib.stored = { ...lib.stored, version: 5, title: 'عنوانهم', document: doc('نسختهم') }
    s.documentChanged()
    await s.flush()
    const status = s.getSnapshot().status
    expect(status.kind).toBe('conflict')
    // Autosave holds while the person decides.
    s.documentChanged()
    await vi.advanceTimersByTimeAsync(5000)
    expect(lib.saves).toHaveLength(1)
    await s.keepMine()
    expect(lib.saves[1]).toMatchObject({ baseVersion: 5, changes: { title: 'عنوان', document: doc('نسختي') } })
    expect(lib.stored.document).toEqual(doc('نسختي'))
    expect(s.getSnapshot().status.kind).toBe('saved')
  })

  it('"take theirs" reloads the saved version; "copy mine" keeps my text as a new article', async () => {
    const lib = fakeLibrary(article())
    const s = new ArticleSession(lib.api, lib.stored)
    s.attachEditor(() => doc('نسختي'))
    lib.stored = { ...lib.stored, version: 3, document: doc('نسختهم') }
    s.documentChanged()
    await s.flush()
    const generation = s.getSnapshot().generation
    const copy = await s.copyMine('(نسختي)')
    expect(lib.api.createArticle).toHaveBeenCalledWith(expect.objectContaining({ title: 'عنوان (نسختي)', document: doc('نسختي') }))
    expect(copy.id).toBe('copy')
    const snap = s.getSnapshot()
    expect(snap.status.kind).toBe('saved')
    expect(snap.generation).toBe(generation + 1)
    expect(snap.document).toEqual(doc('نسختهم'))
  })

  it('brings back stashed words when the article is opened again', async () => {
    const lib = fakeLibrary(article())
    const s1 = new ArticleSession(lib.api, lib.stored)
    s1.attachEditor(() => doc('كلمات لم تحفظ'))
    s1.documentChanged()
    // The window closed before the save went out (disposing stashes what is pending).
    s1.dispose()
    const s2 = await ArticleSession.open(lib.api, 'a1')
    expect(s2.getSnapshot().document).toEqual(doc('كلمات لم تحفظ'))
    expect(s2.getSnapshot().status.kind).toBe('dirty')
    await vi.advanceTimersByTimeAsync(700)
    expect(lib.stored.document).toEqual(doc('كلمات لم تحفظ'))
    expect(await readStash('a1')).toBeNull()
  })

  it('drops a stash that the library already holds', async () => {
    const lib = fakeLibrary(article({ title: 'محفوظ' }))
    localStorage.setItem('amud.unsaved.a1', JSON.stringify({ baseVersion: 0, changes: { title: 'محفوظ' }, at: '' }))
    const s = await ArticleSession.open(lib.api, 'a1')
    expect(s.getSnapshot().status.kind).toBe('saved')
    expect(await readStash('a1')).toBeNull()
  })

  it('drops a stash the library holds with its keys in another order (issue 12: a spurious conflict)', async () => {
    const lib = fakeLibrary(article({ version: 7, document: doc('كلمات حفظت والصفحة تغلق') }))
    // The editor writes keys in its own order; the library hands them back in another.
    const reordered = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reordered)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reordered(v)])
            )
          : value
    const stashed = reordered(doc('كلمات حفظت والصفحة تغلق'))
    expect(JSON.stringify(stashed)).not.toBe(JSON.stringify(lib.stored.document))
    localStorage.setItem('amud.unsaved.a1', JSON.stringify({ baseVersion: 6, changes: { document: stashed }, at: '' }))
    const s = await ArticleSession.open(lib.api, 'a1')
    expect(s.getSnapshot().status.kind).toBe('saved')
    expect(s.getSnapshot().article.version).toBe(7)
    await vi.advanceTimersByTimeAsync(6000)
    expect(lib.saves).toHaveLength(0)
    expect(await readStash('a1')).toBeNull()
  })

  it('takes a save of its own that reached the library after the page reopened as saved, not a conflict', async () => {
    const lib = fakeLibrary(article({ version: 6, document: doc('الفقرة الأولى.') }))
    const words = doc('الفقرة الأولى. وكلمات أخيرة')
    localStorage.setItem('amud.unsaved.a1', JSON.stringify({ baseVersion: 6, changes: { document: words }, at: '' }))
    const s = await ArticleSession.open(lib.api, 'a1')
    s.attachEditor(() => words)
    expect(s.getSnapshot().status.kind).toBe('dirty')
    // The closing page's save arrives now, after the article was read.
    lib.stored = { ...lib.stored, version: 7, document: words }
    await vi.advanceTimersByTimeAsync(700)
    expect(s.getSnapshot().status.kind).toBe('saved')
    expect(s.getSnapshot().article.version).toBe(7)
    expect(lib.stored.version).toBe(7)
    expect(await readStash('a1')).toBeNull()
  })

  it('after taking its own save, saves what was typed since on the version it found', async () => {
    const lib = fakeLibrary(article({ version: 6, document: doc('أ') }))
    localStorage.setItem('amud.unsaved.a1', JSON.stringify({ baseVersion: 6, changes: { document: doc('أ ب') }, at: '' }))
    const s = await ArticleSession.open(lib.api, 'a1')
    let current = doc('أ ب')
    s.attachEditor(() => current)
    lib.stored = { ...lib.stored, version: 7, document: doc('أ ب') }
    current = doc('أ ب ج')
    s.documentChanged()
    await vi.advanceTimersByTimeAsync(2000)
    expect(s.getSnapshot().status.kind).toBe('saved')
    expect(lib.stored.document).toEqual(doc('أ ب ج'))
    expect(lib.saves.at(-1)!.baseVersion).toBe(7)
  })

  it('still meets a real conflict when the library holds other words than the recovered ones', async () => {
    const lib = fakeLibrary(article({ version: 6, document: doc('أ') }))
    localStorage.setItem('amud.unsaved.a1', JSON.stringify({ baseVersion: 6, changes: { document: doc('أ ب') }, at: '' }))
    const s = await ArticleSession.open(lib.api, 'a1')
    s.attachEditor(() => doc('أ ب'))
    lib.stored = { ...lib.stored, version: 7, document: doc('أ من نافذة أخرى') }
    await vi.advanceTimersByTimeAsync(700)
    expect(s.getSnapshot().status.kind).toBe('conflict')
  })

  it('keeps typing done during a save', async () => {
    const lib = fakeLibrary(article())
    const s = new ArticleSession(lib.api, lib.stored)
    s.attachEditor(() => doc('x'))
    s.setField('title', 'أ')
    const p = s.flush()
    s.setField('title', 'أب')
    await p
    expect(s.getSnapshot().fields.title).toBe('أب')
    await vi.advanceTimersByTimeAsync(700)
    expect(lib.stored.title).toBe('أب')
  })
})
