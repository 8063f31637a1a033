// Titles Amud derives on import are capped at a word (DERIVED_TITLE_MAX): a first word that is a
// long URL, or a 10 MB file on one line, once gave a title longer than the library accepts in a
// save, after which every autosave of that article failed, body included.
import { describe, expect, it } from 'vitest'
import { ARTICLE_LIMITS, DERIVED_TITLE_MAX } from '../../../src/shared/model/limits'
import { dispatch } from '../../../src/node/service-dispatch'
import { documentFromParagraphs } from '../../../src/shared/document/index'
import { freshLibrary } from './helpers'

function tagged(...paragraphs: string[]): { name: string; base64: string } {
  const text = [
    '[author image="https://example.com/a.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب[/author]',
    '\u201D اقتباس قصير\u201D',
    '\u0640'.repeat(25),
    ...paragraphs
  ].join('\n')
  return { name: 'column.txt', base64: Buffer.from(text).toString('base64') }
}

describe('derived titles', () => {
  it('a first word that is a 1,520-character URL gives a capped title the library saves again', async () => {
    const { lib } = freshLibrary()
    const url = `https://example.com/${'a'.repeat(1500)}`
    const report = lib.importFiles([tagged(`${url} ثم نص المقالة بعد الرابط الطويل.`, 'اقتباس قصير في فقرة ثانية.')])
    expect(report.failed).toBe(0)
    const a = lib.getArticle(report.files[0]!.articleId!)
    expect(a.title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX)
    expect(a.title.startsWith('https://example.com/aaa')).toBe(true)
    expect(a.title.endsWith('…')).toBe(true)
    // The title as the editor holds it goes back through the API in a save with the body.
    const reply = await dispatch(lib, 'saveArticle', [
      { id: a.id, baseVersion: a.version, changes: { title: a.title, document: documentFromParagraphs(['نص جديد']) } }
    ])
    expect(reply).toMatchObject({ ok: true, value: { version: a.version + 1, bodyText: 'نص جديد' } })
  })

  it('a 10 MB file on one line gives a capped title', () => {
    const { lib } = freshLibrary()
    const line = 'ب'.repeat(5_000_000) // 10 MB of UTF-8, no space anywhere
    const report = lib.importFiles([tagged(line)])
    expect(report.failed).toBe(0)
    const a = lib.getArticle(report.files[0]!.articleId!)
    expect(a.title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX)
    expect(a.title).toBe(`${'ب'.repeat(DERIVED_TITLE_MAX - 1)}…`)
  })

  it('cuts a long opening sentence at a word, not inside one', () => {
    const { lib } = freshLibrary()
    const words = Array.from({ length: 10 }, (_, i) => `كلمة${i}${'ط'.repeat(30)}`)
    const report = lib.importFiles([tagged(`${words.join(' ')} وبقية الجملة.`)])
    const title = lib.getArticle(report.files[0]!.articleId!).title
    expect(title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX)
    const kept = title.slice(0, -1).split(' ')
    expect(kept.every((w, i) => w === words[i])).toBe(true)
  })

  it('the library refuses a title longer than the API allows from any caller, naming the limit', () => {
    const { lib } = freshLibrary()
    expect(() => lib.createArticle({ title: 'ع'.repeat(ARTICLE_LIMITS.title + 1) })).toThrow(/at most 1000 characters/)
    const a = lib.createArticle({ title: 'قصير' })
    expect(() => lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'ع'.repeat(ARTICLE_LIMITS.title + 1) } })).toThrow(
      expect.objectContaining({ code: 'invalid' })
    )
    expect(lib.getArticle(a.id).title).toBe('قصير')
  })
})
