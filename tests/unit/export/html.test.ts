import { describe, expect, it } from 'vitest'
import { toHtml } from '../../../src/shared/export/index'
import { article, BODY_1, br, doc, h, li, link, ol, p, quote, QUOTE, t, ul } from './fixtures'

describe('toHtml', () => {
  it('writes a semantic right-to-left article: header, pull quote aside, paragraphs with their direction', () => {
    const html = toHtml(article({ document: doc(p(BODY_1), p('An English paragraph.'), p('2025')) }))
    expect(html.startsWith('<article dir="rtl" lang="ar">\n<header>\n<h1 dir="rtl">الماء</h1>\n')).toBe(true)
    expect(html).toContain(
      '<p class="author"><img class="author-picture" src="https://example.com/sara.jpg" alt="" width="60" height="60"> <span class="author-name">سارة الأحمد</span></p>\n</header>'
    )
    expect(html).toContain(`<aside class="pull-quote" dir="rtl"><p>${QUOTE}</p></aside>`)
    expect(html).toContain(`<p dir="rtl">${BODY_1}</p>`)
    expect(html).toContain('<p dir="ltr">An English paragraph.</p>')
    expect(html).toContain('<p dir="auto">2025</p>')
    expect(html.endsWith('</article>\n')).toBe(true)
  })

  it('keeps headings, lists, quotes, bold, italic, underline, line breaks and links', () => {
    const d = doc(
      h('h1', 'عنوان أول'),
      h('h3', 'عنوان ثالث'),
      p(t('غامق', 1), ' ', t('مائل', 2), ' ', t('مسطّر', 8), ' ', t('كلها', 11), br, link('mailto:a@b.org', 'راسلني')),
      ol(li('واحد'), li(ul(li('فرعي'))), li('اثنان')),
      quote('قول مأثور')
    )
    const html = toHtml(article({ document: d }))
    // The title is the page's only h1: a heading of level 1 in the body is written as h2.
    expect(html).toContain('<h2 dir="rtl">عنوان أول</h2>\n<h3 dir="rtl">عنوان ثالث</h3>')
    expect(html).toContain('<strong>غامق</strong> <em>مائل</em> <u>مسطّر</u> <strong><em><u>كلها</u></em></strong><br><a href="mailto:a@b.org">راسلني</a>')
    expect(html).toContain('<ol>\n<li dir="rtl">واحد<ul>\n<li dir="rtl">فرعي</li>\n</ul></li>\n<li dir="rtl">اثنان</li>\n</ol>')
    expect(html).toContain('<blockquote dir="rtl"><p>قول مأثور</p></blockquote>')
  })

  it('escapes every text: markup in the body, title, name or quote is shown, never run', () => {
    const html = toHtml(
      article({
        title: '<script>alert(1)</script>',
        author: { id: 1, name: 'Tom & "Jerry"', pictureUrl: 'https://x.com/a.jpg?x=1&y=2' },
        pullQuote: "it's <b>bold</b>",
        document: doc(p('<img src=x onerror=alert(1)>'), p(link('https://x.com/?q="><script>', '<i>x</i>')))
      })
    )
    expect(html).not.toMatch(/<img src=x|<script>|<b>|<i>/)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Tom &amp; &quot;Jerry&quot;')
    expect(html).toContain('src="https://x.com/a.jpg?x=1&amp;y=2"')
    expect(html).toContain('it&#39;s &lt;b&gt;bold&lt;/b&gt;')
    expect(html).toContain('<a href="https://x.com/?q=&quot;&gt;&lt;script&gt;">&lt;i&gt;x&lt;/i&gt;</a>')
  })

  it('drops links that are not http(s) or mailto, keeping their text', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.com'
    ]) {
      const html = toHtml(article({ document: doc(p('انقر ', link(url, 'هنا'))) }))
      expect(html, url).toContain('<p dir="rtl">انقر هنا</p>')
      expect(html, url).not.toContain('<a ')
    }
  })

  it('leaves out an unusable picture and an empty pull quote or title', () => {
    const html = toHtml(article({ title: '', pullQuote: '', author: { id: 1, name: 'سارة', pictureUrl: 'javascript:alert(1)' } }))
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<h1')
    expect(html).not.toContain('pull-quote')
    expect(html).toContain('<span class="author-name">سارة</span>')
  })

  it('writes a whole page when asked, with charset, language and an escaped title', () => {
    const page = toHtml(article({ title: 'A & B' }), { standalone: true })
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">')).toBe(true)
    expect(page).toContain('<title>A &amp; B</title>')
    expect(page).toContain('<meta name="author" content="سارة الأحمد">')
    expect(page).toContain('<body>\n<article dir="rtl" lang="ar">')
  })

  it('reads an odd document through: unknown containers, loose text, compact formats', () => {
    const odd = doc(
      { type: 'table', version: 1, children: [{ type: 'tablerow', version: 1, children: [{ type: 'tablecell', version: 1, children: [p('خلية')] }] }] },
      { type: 'code', version: 1, children: [t('x = 1')] },
      t('نص سائب'),
      p({ type: 'text', version: 1, text: 'غامق', format: 'bold' }),
      { type: 'horizontalrule', version: 1 }
    )
    const html = toHtml(article({ document: odd }))
    expect(html).toContain('<p dir="rtl">خلية</p>\n<p dir="ltr">x = 1</p>\n<p dir="rtl">نص سائب</p>\n<p dir="rtl"><strong>غامق</strong></p>\n</article>')
  })
})
