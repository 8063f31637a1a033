// An article as semantic HTML: <article dir="rtl" lang="ar">, a header with the title and the
// author, the pull quote as an <aside> (the HTML standard's own example of a pull quote), then
// the body with each block's direction. Every text and attribute is escaped; a link survives
// only with an http(s) or mailto address, so an export can be pasted into a CMS as it is.
import { blocksFromDocument, BOLD, ITALIC, STRIKETHROUGH, UNDERLINE, type Block, type Inline, type ListBlock } from './blocks'
import { detectDirection, type Direction } from './direction'
import { authorNameOf, usablePictureUrl, type ExportSource } from './source'

export interface HtmlOptions {
  /** A whole page (doctype, <head> with charset and title) rather than the <article> alone. */
  standalone?: boolean
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
}

function dirAttr(dir: Direction): string {
  return ` dir="${dir}"`
}

function inlineHtml(inlines: readonly Inline[]): string {
  let html = ''
  for (const x of inlines) {
    if (x.kind === 'break') html += '<br>'
    else if (x.kind === 'link') html += `<a href="${escapeHtml(x.url)}">${inlineHtml(x.children)}</a>`
    else {
      let t = escapeHtml(x.text)
      if (x.format & STRIKETHROUGH) t = `<s>${t}</s>`
      if (x.format & UNDERLINE) t = `<u>${t}</u>`
      if (x.format & ITALIC) t = `<em>${t}</em>`
      if (x.format & BOLD) t = `<strong>${t}</strong>`
      html += t
    }
  }
  return html
}

function listHtml(list: ListBlock): string {
  const tag = list.ordered ? 'ol' : 'ul'
  const start = list.ordered && list.start !== 1 ? ` start="${list.start}"` : ''
  const items = list.items.map((item) => `<li${dirAttr(item.dir)}>${inlineHtml(item.inlines)}${item.lists.map(listHtml).join('')}</li>`)
  return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`
}

function blockHtml(block: Block): string {
  if (block.kind === 'list') return listHtml(block)
  const body = inlineHtml(block.inlines)
  if (block.kind === 'heading') return `<h${block.level}${dirAttr(block.dir)}>${body}</h${block.level}>`
  if (block.kind === 'quote') return `<blockquote${dirAttr(block.dir)}><p>${body}</p></blockquote>`
  return `<p${dirAttr(block.dir)}>${body}</p>`
}

function headerHtml(source: ExportSource): string[] {
  const lines: string[] = []
  const title = source.title.trim()
  if (title !== '') lines.push(`<h1${dirAttr(detectDirection(title))}>${escapeHtml(title)}</h1>`)
  const name = authorNameOf(source)
  if (name !== '') {
    const picture = usablePictureUrl(source)
    const img = picture ? `<img class="author-picture" src="${escapeHtml(picture)}" alt="" width="60" height="60"> ` : ''
    lines.push(`<p class="author">${img}<span class="author-name">${escapeHtml(name)}</span></p>`)
  }
  return lines.length > 0 ? ['<header>', ...lines, '</header>'] : []
}

export function articleHtml(source: ExportSource): string {
  const lines = ['<article dir="rtl" lang="ar">', ...headerHtml(source)]
  const quote = source.pullQuote.replace(/\s+/g, ' ').trim()
  if (quote !== '') lines.push(`<aside class="pull-quote"${dirAttr(detectDirection(quote))}><p>${escapeHtml(quote)}</p></aside>`)
  lines.push(...blocksFromDocument(source.document).map(blockHtml), '</article>')
  return lines.join('\n')
}

// Enough to read the file in a browser as the paper would set it; a CMS keeps its own styles.
const PAGE_STYLE = [
  'body{max-width:40em;margin:2em auto;padding:0 1em;font-family:"Noto Naskh Arabic","Amiri",serif;line-height:1.8}',
  '.author{display:flex;align-items:center;gap:.75em}.author-picture{border-radius:50%}',
  '.pull-quote{font-size:1.3em;font-weight:bold;border-block:2px solid #999;padding:.5em 0;margin:1.5em 0}'
].join('\n')

export function toHtml(source: ExportSource, options: HtmlOptions = {}): string {
  const article = articleHtml(source)
  if (!options.standalone) return `${article}\n`
  const title = source.title.trim() || authorNameOf(source)
  const name = authorNameOf(source)
  return [
    '<!DOCTYPE html>',
    '<html lang="ar" dir="rtl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...(name ? [`<meta name="author" content="${escapeHtml(name)}">`] : []),
    `<style>\n${PAGE_STYLE}\n</style>`,
    '</head>',
    '<body>',
    article,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
