// The writing room end to end: Debian's Chromium against the browser host on a fresh
// temporary library per test.
import { describe, expect } from 'vitest'
import { it } from './support/fixtures'
import { COLUMN_PARAGRAPHS, COLUMN_PULL_QUOTE, COLUMN_TITLE } from './pages/column'

describe('editor', () => {
  it('keeps typed Arabic across a reload, with no console errors', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('article-title')
    await page.keyboard.insertText(COLUMN_TITLE)
    await editor.pullQuote.click()
    await page.keyboard.insertText(COLUMN_PULL_QUOTE)
    await editor.typeParagraphs(COLUMN_PARAGRAPHS)
    await editor.waitSaved()
    await expect.poll(() => library.titles()).toContain(COLUMN_TITLE)
    await app.screenshot('editor.png')

    await page.reload({ waitUntil: 'load' })
    // The article the writer was on opens again by itself.
    await editor.body.waitFor()
    await expect.poll(() => editor.bodyText()).toContain(COLUMN_PARAGRAPHS[3]!)
    expect(await editor.title.inputValue()).toBe(COLUMN_TITLE)
    expect(await editor.pullQuote.inputValue()).toBe(COLUMN_PULL_QUOTE)
    const text = await editor.bodyText()
    for (const p of COLUMN_PARAGRAPHS) expect(text).toContain(p)
    expect(await editor.saveState.getAttribute('data-state')).toBe('saved')
    expect(app.browser.errors).toEqual([])
  })

  it('sets blocks right-to-left: new and Arabic paragraphs rtl, Latin ltr, and an override is saved', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await editor.body.click()
    let dirs = await editor.blockDirections()
    expect(dirs).toHaveLength(1)
    expect(dirs[0]).toMatchObject({ dir: 'rtl', computed: 'rtl' })

    await page.keyboard.insertText('هذه فقرة عربية.')
    await page.keyboard.press('Enter')
    dirs = await editor.blockDirections()
    expect(dirs.map((d) => d.computed)).toEqual(['rtl', 'rtl']) // the new empty paragraph too
    await page.keyboard.insertText('This paragraph is in English.')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('123')
    dirs = await editor.blockDirections()
    expect(dirs.map((d) => [d.dir, d.computed])).toEqual([
      ['rtl', 'rtl'],
      ['ltr', 'ltr'],
      ['rtl', 'rtl']
    ])
    // The editor root itself is right-to-left.
    expect(await editor.body.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')

    // Override: the Arabic first paragraph set to ltr, saved with the document. Ctrl+Home after
    // the click puts the caret in it through the editor itself: a click's selection reaches the
    // editor a moment later, and on a busy machine the toolbar could still act on the last block.
    await editor.blocks.first().click()
    await page.keyboard.press('Control+Home')
    await editor.setParagraphDirection('ltr')
    await expect.poll(async () => (await editor.blockDirections())[0]!.computed).toBe('ltr')
    await editor.waitSaved()
    await page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    await expect.poll(async () => (await editor.blockDirections()).map((d) => d.computed)).toEqual(['ltr', 'ltr', 'rtl'])
    // And back to automatic.
    await editor.blocks.first().click()
    await page.keyboard.press('Control+Home')
    await editor.setParagraphDirection('auto')
    await expect.poll(async () => (await editor.blockDirections())[0]!.computed).toBe('rtl')
    expect(app.browser.errors).toEqual([])
  })

  it('cleans a paste from a word processor: paragraphs, bold and lists kept; styles, images and scripts gone', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await editor.body.click()
    await editor.pasteHtml(
      `<html><head><style>p{color:red}</style><script>window.__pwned=1</script></head><body>
<p class=MsoNormal style="font-family:Arial;color:red;font-size:16pt"><b>عنوان عريض</b> ونص <span style="color:blue;font-family:Tahoma">ملوّن</span></p>
<ul><li>البند الأول</li><li>البند <i>الثاني</i></li></ul>
<img src=x onerror="window.__pwned=1">
<p><a href="javascript:window.__pwned=1">رابط خبيث</a> و<a href="https://example.com/">رابط سليم</a></p>
</body></html>`,
      'عنوان عريض ونص ملوّن'
    )
    await expect.poll(() => editor.bodyText()).toContain('رابط سليم')
    const html = await editor.body.evaluate((el) => el.outerHTML)
    expect(html).not.toMatch(/<img|<script|style="[^"]*(color|font)/i)
    expect(html).toContain('عنوان عريض')
    expect(await editor.body.locator('strong, b, .ed-bold').first().innerText()).toBe('عنوان عريض')
    expect(await editor.body.locator('ul > li').count()).toBe(2)
    expect(await editor.body.locator('a').count()).toBe(1)
    expect(await editor.body.locator('a').getAttribute('href')).toBe('https://example.com/')
    expect(await editor.body.locator('p').count()).toBeGreaterThanOrEqual(2)
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
    await editor.waitSaved()
    expect(app.browser.errors).toEqual([])
  })

  it('keeps the text after an unclosed audio, video, svg, object, iframe, template, title, style or noscript in a paste, and leaves their content out', async ({
    app
  }) => {
    const { library, editor } = app
    await library.newArticle()
    await editor.body.click()
    // Chromium's own parser decides what an unclosed element swallows; each one here is followed by a paragraph it would take.
    const elements = [
      ['<audio controls src="https://example.com/a.mp3"><source src="https://example.com/a.ogg">', 'بعد الصوت'],
      ['<video src="https://example.com/v.mp4"><track src="https://example.com/v.vtt">', 'بعد الفيديو'],
      ['<object data="https://example.com/x.swf"><param name="q" value="high">', 'بعد الكائن'],
      ['<iframe src="https://example.com/embed">', 'بعد الإطار'],
      ['<template><p>قالب مخفي</p>', 'بعد القالب'],
      ['<title>عنوان الصفحة', 'بعد العنوان'],
      ['<style>p { color: red }', 'بعد التنسيق'],
      ['<noscript>فعّل جافاسكربت', 'بعد البديل']
    ]
    const html = `<p>شعار <svg viewBox="0 0 10 10"><text>رسم مخفي</text> وبعد الرسم</p>${elements.map(([el, after]) => `${el}<p>${after}</p>`).join('')}`
    await editor.pasteHtml(html, 'بعد الصوت')
    await expect.poll(() => editor.bodyText()).toContain('بعد الصوت')
    const text = await editor.bodyText()
    for (const words of ['وبعد الرسم', ...elements.map(([, after]) => after!)]) expect(text).toContain(words)
    for (const words of ['رسم مخفي', 'قالب مخفي', 'عنوان الصفحة', 'color', 'فعّل جافاسكربت']) expect(text).not.toContain(words)
    await editor.waitSaved()
    expect(app.browser.errors).toEqual([])
  })

  it('shows markup and javascript: links typed or stored as text, running nothing', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const evil = '<img src=x onerror=window.__pwned=1>'
    // Stored by another tool: a title and a body holding markup, and a javascript: link node.
    await app.call('createArticle', {
      title: `عنوان ${evil}`,
      document: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              children: [{ type: 'text', version: 1, text: `نص ${evil}`, format: 0, detail: 0, mode: 'normal', style: '' }]
            },
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              children: [
                {
                  type: 'link',
                  version: 1,
                  url: 'javascript:window.__pwned=2',
                  direction: null,
                  format: '',
                  indent: 0,
                  children: [{ type: 'text', version: 1, text: 'اضغط هنا', format: 0, detail: 0, mode: 'normal', style: '' }]
                }
              ]
            }
          ]
        }
      }
    })
    await page.reload({ waitUntil: 'load' })
    await library.openArticle(`عنوان ${evil}`)
    await expect.poll(() => editor.bodyText()).toContain(`نص ${evil}`)
    expect(await editor.title.inputValue()).toBe(`عنوان ${evil}`)
    expect(await editor.body.locator('img').count()).toBe(0)
    expect(await editor.body.locator('a').count()).toBe(0)
    expect(await editor.bodyText()).toContain('اضغط هنا')

    // Typed by the writer.
    await editor.typeInBody(` ${evil}`)
    // The link box refuses javascript: outright.
    await editor.blocks.first().click()
    await page.keyboard.press('Shift+Home')
    await page.getByTestId('link-button').click()
    await page.getByTestId('link-editor').locator('input').fill('javascript:window.__pwned=3')
    await page.getByTestId('link-editor').locator('input').press('Enter')
    await page.getByTestId('link-editor').getByRole('alert').waitFor()
    expect(await editor.body.locator('a').count()).toBe(0)
    await editor.waitSaved()
    await page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    await expect.poll(() => editor.bodyText()).toContain(evil)
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
    expect(app.browser.errors).toEqual([])
  })

  it('creates an author with a picture preview that falls back offline, and assigns it', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await page.keyboard.insertText('مقالة بكاتب')
    await editor.chooseNewAuthor()
    const form = page.getByTestId('author-form')
    await form.getByTestId('author-name').fill('هدى السالم')
    await form.getByTestId('author-picture').fill('javascript:alert(1)')
    await form.getByTestId('author-save').click()
    await form.getByRole('alert').waitFor()
    // A picture that cannot load (offline): the preview shows the initial instead.
    await form.getByTestId('author-picture').fill('https://127.0.0.1:1/offline.jpg')
    await expect.poll(() => form.getByTestId('avatar-placeholder').innerText()).toBe('ه')
    await form.getByTestId('author-save').click()
    await expect.poll(() => form.count()).toBe(0)
    await expect.poll(() => editor.authorName()).toBe('هدى السالم')
    await editor.waitSaved()
    await expect.poll(() => library.items.first().innerText()).toContain('هدى السالم')
    expect(app.browser.errors.filter((e) => !/offline\.jpg/.test(e))).toEqual([])
  })

  it('formats with the toolbar and markdown shortcuts, and keeps the formatting', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await library.newArticle()
    await page.keyboard.insertText('مقالة منسقة')
    await editor.focusBodyEnd()
    // Markdown shortcuts fire on the space typed after the marker, as when typing by hand.
    const marker = async (m: string) => {
      await page.keyboard.type(m)
      await page.keyboard.type(' ')
    }
    await marker('##')
    await page.keyboard.insertText('عنوان فرعي')
    await page.keyboard.press('Enter')
    await marker('-')
    await page.keyboard.insertText('بند أول')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('بند ثان')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await marker('>')
    await page.keyboard.insertText('اقتباس من أحدهم')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('فقرة فيها ')
    await page.keyboard.type('**كلمة غامقة*')
    await page.keyboard.type('*')
    await page.keyboard.insertText(' و')
    // Toolbar: bold, italic, underline on the next words.
    await page.getByRole('button', { name: 'مائل' }).click()
    await page.keyboard.insertText('مائلة')
    await page.getByRole('button', { name: 'مائل' }).click()
    await page.keyboard.press('Enter')
    await marker('1.')
    await page.keyboard.insertText('أولًا')
    await editor.waitSaved()
    const shape = async () => editor.body.evaluate((el) => Array.from(el.children).map((c) => c.tagName.toLowerCase()))
    await expect.poll(shape).toEqual(['h2', 'ul', 'blockquote', 'p', 'ol'])
    expect(await editor.body.locator('ul > li').allInnerTexts()).toEqual(['بند أول', 'بند ثان'])
    expect(await editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['كلمة غامقة'])
    expect(await editor.body.locator('.ed-italic').allInnerTexts()).toEqual(['مائلة'])

    // The block select turns the heading into a quote; undo takes it back.
    await editor.body.locator('h2').click()
    // The toolbar follows the caret once the editor has taken the click: only then does the
    // block select act on the heading (on a busy machine it could still act on the last list).
    await expect.poll(() => page.getByTestId('block-type').inputValue()).toBe('h2')
    await page.getByTestId('block-type').selectOption('quote')
    await expect.poll(shape).toEqual(['blockquote', 'ul', 'blockquote', 'p', 'ol'])
    await page.getByRole('button', { name: 'تراجع' }).click()
    await expect.poll(shape).toEqual(['h2', 'ul', 'blockquote', 'p', 'ol'])
    await editor.waitSaved()

    await page.reload({ waitUntil: 'load' })
    await editor.body.waitFor()
    await expect.poll(shape).toEqual(['h2', 'ul', 'blockquote', 'p', 'ol'])
    expect(await editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['كلمة غامقة'])
    // The status bar counts the selection when there is one.
    const words = () => page.getByTestId('word-count').innerText()
    const all = await words()
    await editor.body.locator('h2').dblclick()
    await expect.poll(() => page.getByTestId('stats').innerText()).toContain('في التحديد')
    expect(await words()).not.toBe(all)
    expect(app.browser.errors).toEqual([])
  })

  it('Ctrl+End and Ctrl+Home take the format of where the caret lands, not of where it was', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    const bold = page.getByRole('button', { name: 'غامق' })
    await library.newArticle()
    await page.keyboard.insertText('تنسيق يتسرب')
    await editor.focusBodyEnd()
    await page.keyboard.insertText('كلمة ')
    await bold.click()
    await page.keyboard.insertText('غامقة')
    await bold.click()
    await page.keyboard.insertText(' ثم نص عادي')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('فقرة عادية أخيرة')
    await expect.poll(() => editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['غامقة'])
    await editor.waitSaved()

    // A click inside the bold word, Ctrl+End to the end of the plain paragraph, Enter, typing.
    await editor.body.locator('.ed-bold').first().click()
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('سطر جديد')
    await expect.poll(() => editor.blocks.allInnerTexts()).toEqual(['كلمة غامقة ثم نص عادي', 'فقرة عادية أخيرة', 'سطر جديد'])
    expect(await editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['غامقة'])
    expect(await bold.getAttribute('aria-pressed')).toBe('false')

    // And back: from the bold word, Ctrl+Home lands before plain text.
    await editor.body.locator('.ed-bold').first().click()
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('Control+Home')
    await page.keyboard.insertText('في البدء ')
    await expect.poll(() => editor.blocks.first().innerText()).toBe('في البدء كلمة غامقة ثم نص عادي')
    expect(await editor.body.locator('.ed-bold').allInnerTexts()).toEqual(['غامقة'])
    expect(await bold.getAttribute('aria-pressed')).toBe('false')
    await editor.waitSaved()
    expect(app.browser.errors).toEqual([])
  })

  it('saves at once when switching articles, before the autosave pause', async ({ app }) => {
    const { library, editor, page } = { ...app, page: app.browser.page }
    await app.call('createArticle', { title: 'الثانية' })
    await page.reload({ waitUntil: 'load' })
    await library.newArticle()
    await page.keyboard.insertText('الأولى')
    await editor.waitSaved()
    await editor.typeInBody('كلمات كتبت قبل الانتقال مباشرة')
    await library.item('الثانية').click()
    await expect.poll(() => editor.title.inputValue()).toBe('الثانية')
    const { items } = await app.call<{ items: { id: string; title: string }[] }>('listArticles')
    const first = await app.call<{ bodyText: string }>('getArticle', items.find((a) => a.title === 'الأولى')!.id)
    expect(first.bodyText).toContain('كلمات كتبت قبل الانتقال مباشرة')
    expect(app.browser.errors).toEqual([])
  })
})
