// @vitest-environment jsdom
// A field the library refuses (a title over its 1,000-character limit, as an older import could
// store) must not take the body down with it: every later save used to carry the title and fail
// as a whole. The library here keeps its article in memory (the renderer's tests cannot open
// SQLite), but every call is checked by the real API contract, which is what refuses.
import { afterEach, describe, expect, it } from 'vitest'
import { parseArgs } from '../../../../src/shared/api/contract'
import type { SaveRequest } from '../../../../src/shared/api/library'
import { documentFromParagraphs } from '../../../../src/shared/document'
import type { Article } from '../../../../src/shared/model/article'
import { AmudError } from '../../../../src/shared/model/errors'
import { ARTICLE_LIMITS } from '../../../../src/shared/model/limits'
import { ArticleSession, type SessionApi } from '../../../../src/renderer/src/session/session'

afterEach(() => localStorage.clear())

function article(title: string, text: string): Article {
  return {
    id: 'a1',
    title,
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
    document: documentFromParagraphs([text]),
    bodyText: text
  }
}

/** One stored article; saves go through the contract's argument check first, as in every host. */
function library(initial: Article) {
  let stored = initial
  const api: SessionApi = {
    getArticle: async () => stored,
    saveArticle: async (req: SaveRequest) => {
      try {
        parseArgs('saveArticle', [req])
      } catch (e) {
        throw new AmudError('invalid', (e as Error).message)
      }
      if (req.baseVersion !== stored.version) throw new AmudError('conflict', 'changed elsewhere')
      const c = req.changes
      const doc = c.document
      stored = {
        ...stored,
        ...(c.title !== undefined ? { title: c.title } : {}),
        ...(c.status !== undefined ? { status: c.status } : {}),
        ...(doc
          ? {
              document: doc,
              bodyText: doc.root.children.map((p) => ((p as { children?: { text?: string }[] }).children ?? []).map((t) => t.text ?? '').join('')).join('\n')
            }
          : {}),
        version: stored.version + 1
      }
      return stored
    },
    createArticle: async () => stored,
    restoreRevision: async () => stored
  }
  return {
    api,
    get stored() {
      return stored
    }
  }
}

describe('a refused title does not stop body saves', () => {
  it('saves the body, keeps the title as typed with a refusal, and saves the title once it fits', async () => {
    // A library an older Amud wrote: a 1,526-character title stored by an import.
    const longTitle = `https://example.com/${'a'.repeat(1500)} عنوان`
    const lib = library(article(longTitle, 'البداية'))
    const created = lib.stored
    const session = await ArticleSession.open(lib.api, created.id)
    expect(session.getSnapshot().fields.title).toBe(longTitle)
    let body = documentFromParagraphs(['البداية', 'فقرة أولى'])
    session.attachEditor(() => body)
    session.setField('title', `${longTitle} مع زيادة`)
    session.documentChanged()
    expect(await session.flush()).toBe(false)

    expect(lib.stored.bodyText).toBe('البداية\nفقرة أولى')
    expect(lib.stored.title).toBe(longTitle)
    const status = session.getSnapshot().status
    expect(status).toMatchObject({ kind: 'error', refused: ['title'] })
    expect(session.getSnapshot().fields.title).toBe(`${longTitle} مع زيادة`)

    // Later body edits keep saving while the title is still too long.
    body = documentFromParagraphs(['البداية', 'فقرة أولى', 'فقرة ثانية'])
    session.documentChanged()
    await session.flush()
    expect(lib.stored.bodyText).toBe('البداية\nفقرة أولى\nفقرة ثانية')

    // Shortened to fit, the title saves and nothing is left unsaved.
    session.setField('title', 'عنوان يناسب')
    expect(await session.flush()).toBe(true)
    expect(lib.stored.title).toBe('عنوان يناسب')
    expect(session.getSnapshot().status.kind).toBe('saved')
    expect(session.dirty).toBe(false)
    expect(ARTICLE_LIMITS.title).toBeLessThan(longTitle.length)
    session.dispose()
  })
})

describe('a refusal the session did not foresee', () => {
  it('still saves the body, and keeps the refused field pending', async () => {
    const lib = library(article('عنوان', 'قبل'))
    const created = lib.stored
    const session = await ArticleSession.open(lib.api, created.id)
    session.attachEditor(() => documentFromParagraphs(['بعد']))
    // A status this version of the library does not know: the contract refuses it as invalid.
    session.setField('status', 'archived' as never)
    session.documentChanged()
    expect(await session.flush()).toBe(false)
    expect(lib.stored.bodyText).toBe('بعد')
    expect(session.getSnapshot().status).toMatchObject({ kind: 'error', refused: ['status'] })
    session.dispose()
  })
})
