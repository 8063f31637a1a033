// Comments in a real library file: added on words, replied to, resolved; listed with where each
// anchor sits in the saved text after edits (detached, never lost, when its words are deleted);
// served through the contract's dispatch; and never part of any export.
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { createCommentsService } from '../../../src/node/comments/service'
import { dispatch } from '../../../src/node/service-dispatch'
import { createTransferService } from '../../../src/node/transfer/service'
import { makeAnchor } from '../../../src/shared/comments/anchor'
import { documentFromParagraphs, paragraphsFromDocument } from '../../../src/shared/document/index'
import { RENDER_FORMATS } from '../../../src/shared/export/formats'
import { openLibrary } from '../../../src/node/library/index'
import { freshLibrary } from '../library/helpers'

const PARAS = ['افتتاحية العمود عن الصحافة.', 'الفقرة الثانية فيها رأي الكاتب في الأزمة.', 'الخاتمة القصيرة.']

function setup() {
  const f = freshLibrary()
  const author = f.lib.createAuthor('سلمى الكاتبة', null)
  const id = f.lib.createArticle({ title: 'عمود الأحد', authorId: author.id, document: documentFromParagraphs(PARAS) }).id
  const svc = createCommentsService(f.lib, f.clock.now)
  return { ...f, id, svc }
}

function save(f: ReturnType<typeof setup>, ps: string[]): void {
  const a = f.lib.getArticle(f.id)
  f.lib.saveArticle({ id: f.id, baseVersion: a.version, changes: { document: documentFromParagraphs(ps) } })
}

describe('comments in the library', () => {
  it('adds a comment on words, a reply and a resolve, and keeps them across reopening', () => {
    const f = setup()
    const start = PARAS[1]!.indexOf('الأزمة')
    const c = f.svc.addComment({ id: 'c0000001', articleId: f.id, anchor: makeAnchor(PARAS, 1, start, start + 6), body: 'أي أزمة تقصد؟' })
    expect(c).toMatchObject({ body: 'أي أزمة تقصد؟', resolved: false, place: { paragraph: 1, start, end: start + 6 }, pending: false })
    f.svc.replyToComment({ id: 'r0000001', parentId: 'c0000001', body: 'أزمة الأسعار.' })
    f.svc.resolveComment('c0000001', true)
    f.lib.close()
    const again = createCommentsService(openLibrary(f.path))
    const list = again.listComments(f.id)
    expect(list.map((x) => [x.id, x.parentId, x.body, x.resolved])).toEqual([
      ['c0000001', null, 'أي أزمة تقصد؟', true],
      ['r0000001', 'c0000001', 'أزمة الأسعار.', false]
    ])
  })

  it('adds a comment once when the same call is repeated', () => {
    const f = setup()
    const anchor = makeAnchor(PARAS, 0, 0, 9)
    f.svc.addComment({ id: 'c0000002', articleId: f.id, anchor, body: 'مرة' })
    f.svc.addComment({ id: 'c0000002', articleId: f.id, anchor, body: 'مرة' })
    expect(f.svc.listComments(f.id)).toHaveLength(1)
  })

  it('finds the anchor after edits around it, and shows it detached when its words are deleted', () => {
    const f = setup()
    const start = PARAS[1]!.indexOf('الأزمة')
    f.svc.addComment({ id: 'c0000003', articleId: f.id, anchor: makeAnchor(PARAS, 1, start, start + 6), body: 'تعليق' })
    save(f, ['فقرة أضيفت في البداية.', PARAS[0]!, 'في الفقرة الثانية الآن رأي الكاتب في الأزمة.', PARAS[2]!])
    const moved = f.svc.listComments(f.id)[0]!
    const text = paragraphsFromDocument(f.lib.getArticle(f.id).document)[moved.place!.paragraph]!
    expect(moved.place!.paragraph).toBe(2)
    expect(text.slice(moved.place!.start, moved.place!.end)).toBe('الأزمة')
    save(f, [PARAS[0]!, 'الفقرة الثانية بلا تلك الكلمة.', PARAS[2]!])
    const detached = f.svc.listComments(f.id)
    expect(detached).toHaveLength(1)
    expect(detached[0]!.place).toBeNull()
    expect(detached[0]!.anchor!.quote).toBe('الأزمة')
  })

  it('refuses an empty comment in both languages, and answers through the contract', async () => {
    const f = setup()
    expect(() => f.svc.addComment({ id: 'c0000004', articleId: f.id, anchor: makeAnchor(PARAS, 0, 0, 5), body: '   ' })).toThrow(/needs some words/)
    const reply = await dispatch(f.lib, 'addComment', [{ id: 'c0000005', articleId: f.id, anchor: makeAnchor(PARAS, 0, 0, 5), body: 'عبر العقد' }])
    expect(reply.ok).toBe(true)
    const listed = await dispatch(f.lib, 'listComments', [f.id])
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'c0000005', body: 'عبر العقد' }] })
    const bad = await dispatch(f.lib, 'addComment', [{ id: 'x', articleId: f.id, anchor: makeAnchor(PARAS, 0, 0, 5), body: 'قصير المعرف' }])
    expect(bad.ok).toBe(false)
  })

  it('never puts a comment into any export format', async () => {
    const f = setup()
    const words = 'ملاحظةُ المحرّرِ السرّيّة'
    const reply = 'ردٌّ لا يُنشر أبدًا'
    f.svc.addComment({ id: 'c0000006', articleId: f.id, anchor: makeAnchor(PARAS, 1, 0, 6), body: words })
    f.svc.replyToComment({ id: 'r0000006', parentId: 'c0000006', body: reply })
    const texts: Record<string, string> = { tagged: f.lib.exportArticle(f.id).text }
    const transfer = createTransferService(f.lib)
    for (const format of RENDER_FORMATS) {
      const bytes = Buffer.from((await transfer.renderArticle(f.id, format)).base64, 'base64')
      if (format === 'docx') {
        const zip = await JSZip.loadAsync(bytes)
        const parts = await Promise.all(Object.values(zip.files).map((file) => file.async('string')))
        texts.docx = parts.join('\n') + (await mammoth.extractRawText({ buffer: bytes })).value
      } else texts[format] = bytes.toString('utf8')
    }
    expect(Object.keys(texts).sort()).toEqual(['docx', 'html', 'md', 'tagged'])
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('الفقرة الثانية')
      expect(text, format).not.toContain('ملاحظة')
      expect(text, format).not.toContain('يُنشر')
    }
  })
})
