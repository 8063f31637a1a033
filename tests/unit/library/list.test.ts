import { describe, expect, it } from 'vitest'
import type { ListQuery } from '../../../src/shared/api/library'
import type { Library } from '../../../src/node/library/index'
import { doc, expectAmudError, freshLibrary } from './helpers'

function allPages(lib: Library, q: ListQuery): string[] {
  const ids: string[] = []
  let cursor: string | undefined
  for (let guard = 0; guard < 100; guard++) {
    const page = lib.listArticles({ ...q, ...(cursor ? { cursor } : {}) })
    ids.push(...page.items.map((i) => i.id))
    if (!page.nextCursor) return ids
    cursor = page.nextCursor
  }
  throw new Error('paging did not end')
}

describe('listing articles', () => {
  it('filters by status, author, section, tag and trash', () => {
    const { lib } = freshLibrary()
    const k = lib.createAuthor('كاظم', null)
    const s = lib.createAuthor('سعاد', null)
    const a = lib.createArticle({ title: 'a', authorId: k.id, status: 'ready', section: 'رأي', tags: ['سياسة'] })
    const b = lib.createArticle({ title: 'b', authorId: s.id, status: 'ready', tags: ['اقتصاد', 'سياسة'] })
    const c = lib.createArticle({ title: 'c', authorId: k.id, section: 'رأي' })
    const d = lib.createArticle({ title: 'd', authorId: k.id, status: 'ready', tags: ['سياسة'] })
    lib.trashArticle(d.id)
    const ids = (q: ListQuery): string[] => lib.listArticles({ ...q, sort: 'title', order: 'asc' }).items.map((i) => i.id)
    expect(ids({})).toEqual([a.id, b.id, c.id])
    expect(ids({ status: 'ready' })).toEqual([a.id, b.id])
    expect(ids({ authorId: k.id })).toEqual([a.id, c.id])
    expect(ids({ section: 'رأي' })).toEqual([a.id, c.id])
    expect(ids({ tag: 'سياسة' })).toEqual([a.id, b.id])
    expect(ids({ tag: 'سياسة', authorId: s.id })).toEqual([b.id])
    expect(ids({ trashed: true })).toEqual([d.id])
    expect(ids({ trashed: true, tag: 'سياسة' })).toEqual([d.id])
  })

  it('sorts by each key in both orders', () => {
    const { lib, clock } = freshLibrary()
    const one = lib.createArticle({ title: 'ب', document: doc('كلمة') })
    clock.advance(1000)
    const two = lib.createArticle({ title: 'أ', document: doc('كلمة كلمة كلمة') })
    clock.advance(1000)
    const three = lib.createArticle({ title: 'ت', document: doc('كلمة كلمة') })
    clock.advance(1000)
    lib.saveArticle({ id: one.id, baseVersion: 1, changes: { status: 'published' } })
    clock.advance(1000)
    lib.saveArticle({ id: three.id, baseVersion: 1, changes: { status: 'published' } })
    const order = (sort: ListQuery['sort'], o: 'asc' | 'desc'): string[] => lib.listArticles({ sort, order: o }).items.map((i) => i.id)
    expect(order('created', 'asc')).toEqual([one.id, two.id, three.id])
    expect(order('created', 'desc')).toEqual([three.id, two.id, one.id])
    expect(order('updated', 'desc')).toEqual([three.id, one.id, two.id])
    expect(order('title', 'asc')).toEqual([two.id, one.id, three.id])
    expect(order('words', 'desc')).toEqual([two.id, three.id, one.id])
    // Never-published articles come last when newest-published comes first.
    expect(order('published', 'desc')).toEqual([three.id, one.id, two.id])
    expect(order('published', 'asc')).toEqual([two.id, one.id, three.id])
    expect(lib.listArticles().items.map((i) => i.id)).toEqual(order('updated', 'desc'))
  })

  it('pages with a cursor through equal keys without repeating or skipping', () => {
    const { lib } = freshLibrary()
    // Same clock time and same title: every key ties, only the id tells them apart.
    const made = Array.from({ length: 23 }, () => lib.createArticle({ title: 'نفس العنوان' }).id)
    for (const sort of ['updated', 'title', 'words', 'published', 'created'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const ids = allPages(lib, { sort, order, limit: 5 })
        expect(ids).toHaveLength(23)
        expect(new Set(ids)).toEqual(new Set(made))
        const sorted = [...ids].sort()
        expect(ids).toEqual(order === 'asc' ? sorted : sorted.reverse())
      }
    }
  })

  it('pages with filters and a trailing partial page', () => {
    const { lib } = freshLibrary()
    for (let i = 0; i < 12; i++) lib.createArticle({ title: `م${String(i).padStart(2, '0')}`, status: i % 2 ? 'ready' : 'draft' })
    const first = lib.listArticles({ status: 'ready', sort: 'title', order: 'asc', limit: 4 })
    expect(first.items.map((i) => i.title)).toEqual(['م01', 'م03', 'م05', 'م07'])
    const second = lib.listArticles({ status: 'ready', sort: 'title', order: 'asc', limit: 4, cursor: first.nextCursor! })
    expect(second.items.map((i) => i.title)).toEqual(['م09', 'م11'])
    expect(second.nextCursor).toBeNull()
  })

  it('refuses a cursor from another sort or a forged one', () => {
    const { lib } = freshLibrary()
    for (let i = 0; i < 3; i++) lib.createArticle()
    const { nextCursor } = lib.listArticles({ limit: 1 })
    expectAmudError(() => lib.listArticles({ sort: 'title', cursor: nextCursor! }), 'invalid')
    expectAmudError(() => lib.listArticles({ cursor: 'not-base64-json' }), 'invalid')
    expectAmudError(() => lib.listArticles({ cursor: Buffer.from('["updated","desc",1,2]').toString('base64url') }), 'invalid')
  })

  it('counts articles by status, the trash apart', () => {
    const { lib } = freshLibrary()
    lib.createArticle()
    lib.createArticle({ status: 'ready' })
    lib.createArticle({ status: 'published' })
    lib.trashArticle(lib.createArticle({ status: 'ready' }).id)
    expect(lib.countByStatus()).toEqual({ draft: 1, editing: 0, ready: 1, published: 1, trash: 1, total: 3 })
  })

  it('caps the page size', () => {
    const { lib } = freshLibrary()
    lib.transaction(() => {
      for (let i = 0; i < 510; i++) lib.createArticle()
    })
    expect(lib.listArticles({ limit: 10_000 }).items).toHaveLength(500)
    expect(lib.listArticles().items).toHaveLength(50)
  })
})
