import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../../src/shared/export/index'
import { article, BODY_1, BODY_2, br, doc, h, li, link, ol, p, quote, QUOTE, t, ul } from './fixtures'

describe('toMarkdown', () => {
  it('writes the title, the author, the pull quote as a quote block, then the paragraphs', () => {
    expect(toMarkdown(article())).toBe(`# الماء\n\n![](<https://example.com/sara.jpg>) **سارة الأحمد**\n\n> ${QUOTE}\n\n${BODY_1}\n\n${BODY_2}\n`)
  })

  it('escapes what Markdown would read as markup', () => {
    const md = toMarkdown(
      article({
        title: '',
        pullQuote: '',
        author: null,
        document: doc(p('1. ليس قائمة'), p('# ليس عنوانا'), p('- ولا هذا'), p('> ولا اقتباس'), p('*نجمة* و_خط_ و[قوس](x) و<b> و`رمز` و&copy;'))
      })
    )
    expect(md).toBe('1\\. ليس قائمة\n\n\\# ليس عنوانا\n\n\\- ولا هذا\n\n\\> ولا اقتباس\n\n\\*نجمة\\* و\\_خط\\_ و\\[قوس\\](x) و\\<b\\> و\\`رمز\\` و\\&copy;\n')
  })

  it('keeps headings, lists, quotes, bold, italic, line breaks and safe links', () => {
    const d = doc(
      h('h2', 'عنوان'),
      p('نص ', t('غامق', 1), ' و', t('مائل', 2), ' ', t('كلاهما', 3), br, 'سطر', link('https://x.com/a_(b)', 'رابط'), link('javascript:alert(1)', 'خبيث')),
      ol(li('واحد'), li(ul(li('فرعي'))), li('اثنان')),
      quote('قول')
    )
    const md = toMarkdown(article({ title: '', author: null, pullQuote: '', document: d }))
    expect(md).toBe('## عنوان\n\nنص **غامق** و*مائل **كلاهما***\\\nسطر[رابط](<https://x.com/a_(b)>)خبيث\n\n1. واحد\n   - فرعي\n2. اثنان\n\n> قول\n')
  })

  it('nests emphasis: only what changes is opened or closed', () => {
    const d = doc(p(t('مائل ', 2), t('وغامق', 3), ' ثم'))
    expect(toMarkdown(article({ title: '', author: null, pullQuote: '', document: d }))).toBe('*مائل **وغامق*** ثم\n')
  })

  it('keeps emphasis hugging its words and never melts two markers into one run', () => {
    const d = doc(p(t(' غامق ', 1), 'عادي'), p(t('أ', 1), t('ب', 2)), p('و', t('مائل', 2)))
    const md = toMarkdown(article({ title: '', author: null, pullQuote: '', document: d }))
    expect(md).toBe(' **غامق** عادي\n\n**أ**_ب_\n\nو*مائل*\n'.replace(/^ /, ''))
  })

  it('drops underline, which Markdown has no form for', () => {
    const md = toMarkdown(article({ title: '', author: null, pullQuote: '', document: doc(p(t('مسطّر', 8))) }))
    expect(md).toBe('مسطّر\n')
  })
})
