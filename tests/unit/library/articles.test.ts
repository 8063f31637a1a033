import { describe, expect, it } from 'vitest'
import { doc, expectAmudError, freshLibrary } from './helpers'

describe('articles: create, read, save', () => {
  it('creates an empty draft with a stable id and version 1', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle()
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(a).toMatchObject({ title: '', status: 'draft', version: 1, wordCount: 0, bodyText: '', author: null, tags: [], deletedAt: null })
    expect(a.document.root.type).toBe('root')
    expect(lib.getArticle(a.id)).toEqual(a)
  })

  it('creates with initial content and derives body text and word count', () => {
    const { lib } = freshLibrary()
    const au = lib.createAuthor('كاظم الموسوي', 'https://example.com/k.jpg')
    const a = lib.createArticle({
      title: '  ما أكثر الاجتماعات  ',
      authorId: au.id,
      pullQuote: 'اقتباس',
      document: doc('الفقرة الأولى هنا', 'والثانية'),
      section: ' رأي ',
      tags: ['سياسة', ' سياسة ', 'العراق', '']
    })
    expect(a.title).toBe('ما أكثر الاجتماعات')
    expect(a.author).toEqual(au)
    expect(a.bodyText).toBe('الفقرة الأولى هنا\nوالثانية')
    expect(a.wordCount).toBe(4)
    expect(a.section).toBe('رأي')
    expect(a.tags).toEqual(['سياسة', 'العراق'])
    expect(lib.getArticle(a.id)).toEqual(a)
  })

  it('saves changes as a new version and keeps what was not sent', () => {
    const { lib, clock } = freshLibrary()
    const a = lib.createArticle({ title: 'أ', pullQuote: 'ق', document: doc('نص') })
    clock.advance(5000)
    const s = lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'ب', document: doc('نص جديد تماما') } })
    expect(s.version).toBe(2)
    expect(s.title).toBe('ب')
    expect(s.pullQuote).toBe('ق')
    expect(s.wordCount).toBe(3)
    expect(s.updatedAt).toBe(new Date(clock.ms).toISOString())
    expect(s.createdAt).toBe(a.createdAt)
    expect(lib.getArticle(a.id)).toEqual(s)
  })

  it('refuses a save based on an old version: conflict with the current version, nothing written', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle({ title: 'أصل' })
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'من نافذة أخرى' } })
    const e = expectAmudError(() => lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'قديم' } }), 'conflict')
    expect(e.details).toEqual({ currentVersion: 2 })
    expect(e.message).toMatch(/changed elsewhere/)
    expect(lib.getArticle(a.id).title).toBe('من نافذة أخرى')
    expect(lib.listRevisions(a.id)).toHaveLength(2)
  })

  it('a save that changes nothing writes no version and no revision', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle({ title: 'ثابت', document: doc('نص') })
    const s = lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'ثابت', document: doc('نص') }, reason: 'autosave' })
    expect(s.version).toBe(1)
    expect(lib.listRevisions(a.id)).toHaveLength(1)
  })

  it('sets publishedAt when an article is first published and keeps it', () => {
    const { lib, clock } = freshLibrary()
    const a = lib.createArticle()
    const p = lib.saveArticle({ id: a.id, baseVersion: 1, changes: { status: 'published' } })
    expect(p.publishedAt).toBe(new Date(clock.ms).toISOString())
    clock.advance(60_000)
    const e = lib.saveArticle({ id: a.id, baseVersion: 2, changes: { status: 'editing' } })
    expect(e.publishedAt).toBe(p.publishedAt)
  })

  it('rejects what the transports cannot check: unknown ids, authors, statuses, documents', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle()
    expectAmudError(() => lib.getArticle('nope'), 'not_found')
    expectAmudError(() => lib.saveArticle({ id: 'nope', baseVersion: 1, changes: {} }), 'not_found')
    expectAmudError(() => lib.saveArticle({ id: a.id, baseVersion: 1, changes: { authorId: 42 } }), 'not_found')
    expectAmudError(() => lib.createArticle({ authorId: 42 }), 'not_found')
    const bad = { status: 'lost' } as unknown as Parameters<typeof lib.createArticle>[0]
    expectAmudError(() => lib.createArticle(bad), 'invalid')
    const noRoot = { document: { root: { type: 'paragraph' } } } as unknown as Parameters<typeof lib.createArticle>[0]
    expectAmudError(() => lib.saveArticle({ id: a.id, baseVersion: 1, changes: noRoot! }), 'invalid')
    expect(lib.getArticle(a.id).version).toBe(1)
  })

  it('keeps the editor document as sent, unknown properties included', () => {
    const { lib } = freshLibrary()
    const d = doc('فقرة')
    ;(d.root.children[0] as Record<string, unknown>).amudDirection = 'ltr'
    const a = lib.createArticle({ document: d })
    expect(lib.getArticle(a.id).document).toEqual(d)
  })

  it('refuses to edit an article in the trash', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle()
    lib.trashArticle(a.id)
    expect(expectAmudError(() => lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'x' } }), 'invalid').message).toMatch(/trash/)
  })

  it('can unset the author', () => {
    const { lib } = freshLibrary()
    const au = lib.createAuthor('س', null)
    const a = lib.createArticle({ authorId: au.id })
    expect(lib.saveArticle({ id: a.id, baseVersion: 1, changes: { authorId: null } }).author).toBeNull()
  })
})
