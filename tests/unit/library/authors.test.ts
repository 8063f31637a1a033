import { describe, expect, it } from 'vitest'
import { doc, expectAmudError, freshLibrary } from './helpers'

describe('authors', () => {
  it('creates authors identified by name and picture', () => {
    const { lib } = freshLibrary()
    const a = lib.createAuthor('  كاظم   الموسوي ', null)
    // Trimmed, but kept as written inside (the tagged import keeps names the same way).
    expect(a).toEqual({ id: a.id, name: 'كاظم   الموسوي', pictureUrl: null })
    const plain = lib.createAuthor('كاظم الموسوي', null)
    expect(plain.id).not.toBe(a.id)
    const b = lib.createAuthor('كاظم الموسوي', 'https://example.com/k.jpg')
    expect(b.id).not.toBe(a.id)
    const e = expectAmudError(() => lib.createAuthor('كاظم الموسوي', null), 'conflict')
    expect(e.details).toEqual({ authorId: plain.id })
    expectAmudError(() => lib.createAuthor('   ', null), 'invalid')
    expectAmudError(() => lib.createAuthor('س', 'javascript:alert(1)'), 'invalid')
  })

  it('lists authors with their article counts (the trash not counted)', () => {
    const { lib } = freshLibrary()
    const a = lib.createAuthor('ب', null)
    const b = lib.createAuthor('أ', null)
    lib.createArticle({ authorId: a.id })
    lib.createArticle({ authorId: a.id })
    lib.trashArticle(lib.createArticle({ authorId: a.id }).id)
    expect(lib.listAuthors()).toEqual([
      { ...b, articleCount: 0 },
      { ...a, articleCount: 2 }
    ])
  })

  it('renames an author, and search finds the articles under the new name', () => {
    const { lib } = freshLibrary()
    const a = lib.createAuthor('كاتب قديم', null)
    const art = lib.createArticle({ authorId: a.id, document: doc('نص') })
    expect(lib.renameAuthor(a.id, 'سعاد العنزي')).toEqual({ id: a.id, name: 'سعاد العنزي', pictureUrl: null })
    expect(lib.getArticle(art.id).author?.name).toBe('سعاد العنزي')
    expect(lib.search({ query: 'العنزي' }).hits.map((h) => h.article.id)).toEqual([art.id])
    expect(lib.search({ query: 'قديم' }).hits).toEqual([])
    lib.createAuthor('آخر', null)
    expectAmudError(() => lib.renameAuthor(a.id, 'آخر'), 'conflict')
    expectAmudError(() => lib.renameAuthor(999, 'x'), 'not_found')
  })

  it('sets and clears the picture', () => {
    const { lib } = freshLibrary()
    const a = lib.createAuthor('س', null)
    expect(lib.setAuthorPicture(a.id, 'https://example.com/s.png').pictureUrl).toBe('https://example.com/s.png')
    expect(lib.setAuthorPicture(a.id, null).pictureUrl).toBeNull()
  })

  it('merges: moves articles and revisions, deletes the source, re-indexes names', () => {
    const { lib } = freshLibrary()
    const from = lib.createAuthor('كاظم الموسوى', null)
    const into = lib.createAuthor('كاظم الموسوي', 'https://example.com/k.jpg')
    const x = lib.createArticle({ authorId: from.id, title: 'أ', document: doc('نص') })
    const y = lib.createArticle({ authorId: into.id, title: 'ب' })
    const merged = lib.mergeAuthors(from.id, into.id)
    expect(merged).toEqual(into)
    expect(lib.getArticle(x.id).author).toEqual(into)
    expect(lib.getArticle(x.id).version).toBe(1)
    expect(lib.listAuthors()).toEqual([{ ...into, articleCount: 2 }])
    expect(
      lib
        .listArticles({ authorId: into.id })
        .items.map((i) => i.id)
        .sort()
    ).toEqual([x.id, y.id].sort())
    // The revision keeps the name it was written under, but points at the surviving author.
    const rev = lib.getRevision(lib.listRevisions(x.id)[0]!.id)
    expect(rev.authorName).toBe('كاظم الموسوى')
    expectAmudError(() => lib.mergeAuthors(into.id, into.id), 'invalid')
    expectAmudError(() => lib.mergeAuthors(from.id, into.id), 'not_found')
  })

  it('a failed merge changes nothing', () => {
    const { lib } = freshLibrary()
    const a = lib.createAuthor('أ', null)
    const art = lib.createArticle({ authorId: a.id })
    expectAmudError(() => lib.mergeAuthors(a.id, 12345), 'not_found')
    expect(lib.getArticle(art.id).author?.id).toBe(a.id)
  })
})
