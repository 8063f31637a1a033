import { describe, expect, it } from 'vitest'
import { checklistCounts, exportChecklist, type ChecklistItem } from '../../../src/shared/export/index'
import { paragraphsFromDocument } from '../../../src/shared/document/index'
import { t as render } from '../../../src/shared/messages/catalog'
import { article, BODY_1, BODY_2, br, doc, h, li, link, p, QUOTE, t, ul } from './fixtures'

function find(items: ChecklistItem[], id: string): ChecklistItem {
  const item = items.find((i) => i.id === id)
  if (!item) throw new Error(`no item ${id} in ${items.map((i) => i.id).join(', ')}`)
  return item
}

describe('exportChecklist: a clean article', () => {
  const items = exportChecklist(article())

  it('passes every check, with one item per check and both languages', () => {
    expect(items.map((i) => i.id)).toEqual(['author', 'picture', 'pull-quote', 'body', 'shortcode', 'line-breaks', 'placeholders', 'typography', 'flattened'])
    expect(items.every((i) => i.severity === 'ok')).toBe(true)
    expect(checklistCounts(items)).toEqual({ errors: 0, warnings: 0 })
    for (const i of items) {
      expect(render(i.said, 'en')).not.toBe('')
      expect(render(i.said, 'ar')).toMatch(/[\u0600-\u06ff]/)
      expect(render(i.said, 'en')).not.toMatch(/\{[nx]\}|undefined/)
    }
  })

  it('points at the pull quote in the body', () => {
    const jump = find(items, 'pull-quote').jump
    expect(jump).not.toBeNull()
    expect(BODY_1.slice(jump!.start, jump!.end)).toBe(QUOTE)
    expect(jump!.paragraph).toBe(0)
  })

  it('adds a title check for the rich formats only', () => {
    expect(exportChecklist(article(), { format: 'html' })[0]).toMatchObject({ id: 'title', severity: 'ok' })
    expect(exportChecklist(article({ title: '  ' }), { format: 'docx' })[0]).toMatchObject({ id: 'title', severity: 'warning' })
  })
})

describe('exportChecklist: author and picture', () => {
  it('refuses a missing author for the tagged file, with a fix to choose one', () => {
    const items = exportChecklist(article({ author: null }))
    expect(find(items, 'author')).toMatchObject({ severity: 'error', fix: { kind: 'choose-author' } })
    expect(items.some((i) => i.id === 'picture')).toBe(false)
    expect(exportChecklist(article({ author: null }), { format: 'html' })[1]).toMatchObject({ id: 'author', severity: 'warning' })
  })

  it('refuses a name with a square bracket, which would break the header', () => {
    const items = exportChecklist(article({ author: { id: 7, name: 'سارة [الأحمد]', pictureUrl: null } }))
    expect(find(items, 'author')).toMatchObject({ severity: 'error', fix: { kind: 'edit-author', authorId: 7 } })
  })

  it('warns about a missing picture and refuses an address that is not http(s)', () => {
    const none = exportChecklist(article({ author: { id: 7, name: 'سارة', pictureUrl: null } }))
    expect(find(none, 'picture')).toMatchObject({ severity: 'warning', fix: { kind: 'set-author-picture', authorId: 7 } })
    const bad = { author: { id: 7, name: 'سارة', pictureUrl: 'javascript:alert(1)' } }
    expect(find(exportChecklist(article(bad)), 'picture').severity).toBe('error')
    expect(find(exportChecklist(article(bad), { format: 'md' }), 'picture').severity).toBe('warning')
  })
})

describe('exportChecklist: pull quote and body', () => {
  it('warns about an empty pull quote, and one the body no longer holds', () => {
    expect(find(exportChecklist(article({ pullQuote: ' ' })), 'pull-quote')).toMatchObject({ severity: 'warning', fix: { kind: 'suggest-pull-quote' } })
    const missing = find(exportChecklist(article({ pullQuote: 'جملة لم يكتبها الكاتب في أي مكان من مقاله' })), 'pull-quote')
    expect(missing).toMatchObject({ severity: 'warning', jump: null })
    expect(render(missing.said, 'en')).toMatch(/not in the body \(closest match \d+%\)/)
  })

  it('refuses an empty body', () => {
    const items = exportChecklist(article({ document: doc(p('  '), p()) }))
    expect(find(items, 'body').severity).toBe('error')
  })
})

describe('exportChecklist: text that would break the format', () => {
  it('finds the author tag in the body and points at it', () => {
    const document = doc(p(BODY_1), p('قال: [author image=""]فلان[/author] ثم مضى'))
    const item = find(exportChecklist(article({ document })), 'shortcode')
    expect(item).toMatchObject({ severity: 'error', jump: { paragraph: 1 } })
    expect(paragraphsFromDocument(document)[1]!.slice(item.jump!.start, item.jump!.end)).toBe('[author')
    expect(render(item.said, 'en')).toContain('2 place(s)')
  })

  it('finds it in the pull quote, and leaves other bracketed words alone', () => {
    expect(find(exportChecklist(article({ pullQuote: 'نص [/AUTHOR] آخر' })), 'shortcode')).toMatchObject({ severity: 'error', jump: null })
    expect(find(exportChecklist(article({ document: doc(p('[authors] و[author-box] و[المؤلف]')) })), 'shortcode').severity).toBe('ok')
  })

  it('counts line breaks inside paragraphs and points at the first', () => {
    const items = exportChecklist(article({ document: doc(p(br), p('سطر أول', br, 'سطر ثان'), p(t('أ\nب'))) }))
    const item = find(items, 'line-breaks')
    expect(item).toMatchObject({ severity: 'warning', fix: { kind: 'join-line-breaks', count: 2 } })
    // The block holding only a break is dropped by the export, so the broken paragraph is number 0.
    expect(item.jump).toEqual({ paragraph: 0, start: 7, end: 8 })
  })

  it('ignores a break at the edge of a paragraph, which the export simply trims', () => {
    expect(find(exportChecklist(article({ document: doc(p(BODY_1, br), p(br, BODY_2)) })), 'line-breaks').severity).toBe('ok')
  })

  it('reports what the tagged writer would still refuse', () => {
    const items = exportChecklist(article({ document: doc(p('نص\u0000فيه محرف NUL')) }))
    expect(find(items, 'format-refused')).toMatchObject({ severity: 'error' })
    expect(render(find(items, 'format-refused').said, 'ar')).toContain('تعذّرت كتابة المقال')
  })
})

describe('exportChecklist: placeholders', () => {
  it.each([
    ['TK', 'الرقم TK مليون'],
    ['XX', 'في عام XX حدث'],
    ['xxx', 'اسم المسؤول xxx'],
    ['؟؟؟', 'قال الوزير ؟؟؟ ثم'],
    ['[...]', 'وأضاف [...] في النهاية'],
    ['[…]', 'وأضاف […] في النهاية']
  ])('finds %s', (found, text) => {
    const item = find(exportChecklist(article({ document: doc(p(BODY_1), p(text)) })), 'placeholders')
    expect(item).toMatchObject({ severity: 'error', jump: { paragraph: 1 } })
    expect(text.slice(item.jump!.start, item.jump!.end)).toBe(found)
  })

  it('leaves whole words that merely contain the letters alone', () => {
    const body = doc(p('TKO وxxl وXXL و TKTK و ؟؟ و [..x]'))
    expect(find(exportChecklist(article({ document: body })), 'placeholders').severity).toBe('ok')
  })

  it('checks the title and the pull quote too, without a jump', () => {
    const item = find(exportChecklist(article({ title: 'عنوان TK' })), 'placeholders')
    expect(item).toMatchObject({ severity: 'error', jump: null })
  })
})

describe('exportChecklist: typography and formatting', () => {
  it('counts typography issues and offers to fix them all', () => {
    const items = exportChecklist(article({ document: doc(p(BODY_1), p('كلمة ، وكلمة  أخرى')) }))
    const item = find(items, 'typography')
    expect(item.severity).toBe('warning')
    expect(item.fix).toMatchObject({ kind: 'fix-all-typography' })
    expect(item.jump?.paragraph).toBe(1)
  })

  it('lists what the tagged file flattens, per kind', () => {
    const rich = doc(h('h2', 'عنوان'), p(t('غامق', 1), ' و', t('مسطّر', 8), link('https://x.com', 'رابط')), ul(li('بند')))
    const ids = exportChecklist(article({ document: rich }))
      .filter((i) => i.severity === 'warning')
      .map((i) => i.id)
    expect(ids).toEqual(expect.arrayContaining(['flattened-headings', 'flattened-lists', 'flattened-bold', 'flattened-underline', 'flattened-links']))
    expect(find(exportChecklist(article({ document: rich }), { format: 'html' }), 'flattened').severity).toBe('ok')
    const md = exportChecklist(article({ document: rich }), { format: 'md' }).filter((i) => i.id.startsWith('flattened-'))
    expect(md.map((i) => i.id)).toEqual(['flattened-underline'])
  })

  it('warns that a link with a refused address keeps only its text', () => {
    const items = exportChecklist(article({ document: doc(p(BODY_1, link('javascript:alert(1)', 'هنا'))) }), { format: 'html' })
    expect(find(items, 'unsafe-links')).toMatchObject({ severity: 'warning' })
  })
})
