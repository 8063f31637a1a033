import { describe, expect, it } from 'vitest'
import { doc, expectAmudError, freshLibrary } from './helpers'

describe('the trash', () => {
  it('trashing hides an article from lists and search; restoring brings it back', () => {
    const { lib, clock } = freshLibrary()
    const a = lib.createArticle({ title: 'مقال عن الصحراء', document: doc('رمال الصحراء') })
    clock.advance(1000)
    const t = lib.trashArticle(a.id)
    expect(t.deletedAt).toBe(new Date(clock.ms).toISOString())
    expect(lib.listArticles().items).toEqual([])
    expect(lib.listArticles({ trashed: true }).items.map((i) => i.id)).toEqual([a.id])
    expect(lib.search({ query: 'الصحراء' }).hits).toEqual([])
    expect(lib.getArticle(a.id).deletedAt).not.toBeNull()
    const r = lib.restoreArticle(a.id)
    expect(r.deletedAt).toBeNull()
    expect(r.version).toBe(1)
    expect(lib.search({ query: 'الصحراء' }).hits.map((h) => h.article.id)).toEqual([a.id])
  })

  it('trash and restore are idempotent', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle()
    const once = lib.trashArticle(a.id)
    expect(lib.trashArticle(a.id).deletedAt).toBe(once.deletedAt)
    lib.restoreArticle(a.id)
    expect(lib.restoreArticle(a.id).deletedAt).toBeNull()
  })

  it('purges only from the trash, with the revisions', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle({ tags: ['وسم'] })
    const rev = lib.listRevisions(a.id)[0]!
    expectAmudError(() => lib.purgeArticle(a.id), 'invalid')
    lib.trashArticle(a.id)
    lib.purgeArticle(a.id)
    expectAmudError(() => lib.getArticle(a.id), 'not_found')
    expectAmudError(() => lib.getRevision(rev.id), 'not_found')
    expectAmudError(() => lib.purgeArticle(a.id), 'not_found')
    expect(lib.listArticles({ tag: 'وسم', trashed: true }).items).toEqual([])
  })

  it('empties the trash and says how many went', () => {
    const { lib } = freshLibrary()
    const keep = lib.createArticle()
    for (let i = 0; i < 3; i++) lib.trashArticle(lib.createArticle().id)
    expect(lib.emptyTrash()).toBe(3)
    expect(lib.emptyTrash()).toBe(0)
    expect(lib.listArticles().items.map((i) => i.id)).toEqual([keep.id])
    expect(lib.countByStatus().trash).toBe(0)
  })
})
