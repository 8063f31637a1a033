// Pasted HTML (Word, Google Docs, web pages) reduced to structure before Lexical reads it.
// DOMParser builds an inert document: no script in it runs and no image in it loads, so
// cleaning here is safe; what leaves is only what an article can hold.
import { closeUnclosedElements } from './unclosed'

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'LINK',
  'META',
  'TITLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IMG',
  'PICTURE',
  'SOURCE',
  'SVG',
  'MATH',
  'VIDEO',
  'AUDIO',
  'TRACK',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'FORM',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'MAP',
  'AREA',
  'BASE',
  'HEAD',
  'XML'
])

/** Attributes kept: the rest (on*, class, id, data-*, srcset…) go. `style` stays only for the
 *  formatting Lexical reads from it (bold, italic, underline), and is stripped after import. */
const KEEP_ATTRS = new Set(['href', 'style', 'start', 'value', 'type', 'colspan', 'rowspan'])

/** Inline styles that carry meaning Lexical turns into text format; the rest are dropped. */
const KEEP_STYLES = ['font-weight', 'font-style', 'text-decoration', 'text-decoration-line']

function cleanStyle(el: Element): void {
  const style = (el as HTMLElement).style
  if (!style) return
  const kept: string[] = []
  for (const name of KEEP_STYLES) {
    const v = style.getPropertyValue(name)
    if (v) kept.push(`${name}: ${v}`)
  }
  if (kept.length > 0) el.setAttribute('style', kept.join('; '))
  else el.removeAttribute('style')
}

function isWordListParagraph(el: Element): boolean {
  if (el.tagName !== 'P') return false
  const cls = el.getAttribute('class') ?? ''
  const style = el.getAttribute('style') ?? ''
  return /MsoListParagraph/i.test(cls) || /mso-list\s*:/i.test(style)
}

/** Where removeSupportListsBlocks put the text of a paragraph's typed bullet or number. */
const MARKER_ATTR = 'data-amud-list-marker'

/** Word's bullets are text in a span marked mso-list:Ignore (or a supportLists block, see below);
 *  whether it is a digit or letter tells the list type. */
function wordListMarker(el: Element): { ordered: boolean } {
  const ignore = Array.from(el.querySelectorAll('span')).find((s) => /mso-list\s*:\s*ignore/i.test(s.getAttribute('style') ?? ''))
  const marker = (el.getAttribute(MARKER_ATTR) ?? ignore?.textContent ?? '').trim()
  return { ordered: /^[\p{Nd}a-zA-Z\u0621-\u064A]{1,3}[.)-]/u.test(marker) }
}

const SUPPORT_LISTS = /^\[if\s+!supportLists\]$/i
const END_IF = /^\[endif\]$/i

/**
 * Word writes a list item's typed bullet or number inside a conditional block, for readers that
 * cannot draw lists: `<!--[if !supportLists]-->…<!--[endif]-->` in newer versions, and the bare
 * `<![if !supportLists]>…<![endif]>` in older ones. Both parse to comments ("[if !supportLists]",
 * "[endif]") around the marker. The marker goes (the list draws its own bullet), remembered on its
 * paragraph so the list type still follows it.
 */
function removeSupportListsBlocks(doc: Document): void {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT)
  const comments: Comment[] = []
  while (walker.nextNode()) comments.push(walker.currentNode as Comment)
  for (let i = 0; i < comments.length; i++) {
    const start = comments[i] as Comment
    if (!SUPPORT_LISTS.test(start.data.trim())) continue
    // Its end is a sibling: a stray "[if" never takes more than its own element's content.
    const end = comments.slice(i + 1).find((c) => END_IF.test(c.data.trim()))
    if (!end || end.parentNode !== start.parentNode) continue
    const range = doc.createRange()
    range.setStartAfter(start)
    range.setEndBefore(end)
    const paragraph = start.parentElement?.closest('p')
    if (paragraph && !paragraph.hasAttribute(MARKER_ATTR)) paragraph.setAttribute(MARKER_ATTR, range.toString())
    range.deleteContents()
  }
}

/** Consecutive Word list paragraphs become one real list. */
function convertWordLists(doc: Document): void {
  const paragraphs = Array.from(doc.body.querySelectorAll('p')).filter(isWordListParagraph)
  let list: HTMLElement | null = null
  let last: Element | null = null
  for (const p of paragraphs) {
    const { ordered } = wordListMarker(p)
    const contiguous = last !== null && last.nextElementSibling === p
    if (!list || !contiguous || (list.tagName === 'OL') !== ordered) {
      list = doc.createElement(ordered ? 'ol' : 'ul')
      p.before(list)
    }
    const li = doc.createElement('li')
    while (p.firstChild) li.append(p.firstChild)
    list.append(li)
    p.remove()
    last = list
  }
}

function removeWordListMarkers(doc: Document): void {
  for (const span of Array.from(doc.body.querySelectorAll('span'))) {
    if (/mso-list\s*:\s*ignore/i.test(span.getAttribute('style') ?? '')) span.remove()
  }
}

function walk(el: Element): void {
  for (const child of Array.from(el.children)) {
    const tag = child.tagName.toUpperCase()
    // Namespaced Office tags (o:p, v:shape, w:sdt) hold no content worth keeping beyond text.
    if (DROP.has(tag) || tag.startsWith('V:') || tag.startsWith('W:')) {
      child.remove()
      continue
    }
    for (const attr of Array.from(child.attributes)) {
      if (!KEEP_ATTRS.has(attr.name.toLowerCase())) child.removeAttribute(attr.name)
    }
    cleanStyle(child)
    if (tag === 'FONT' || tag.startsWith('O:')) {
      walk(child)
      child.replaceWith(...Array.from(child.childNodes))
      continue
    }
    walk(child)
  }
}

/**
 * Renames event-handler attributes before parsing. Nothing would run anyway (the parsed
 * document is inert and the CSP forbids inline handlers), but Chromium reports every inline
 * handler it meets while parsing as a CSP violation: a paste from a web page must not fill
 * the console with errors. Security does not rest on this pattern; the walk below removes
 * every attribute it does not know regardless.
 */
export function neutralizeEventHandlers(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/([\s/"'])on[a-z0-9_-]*(?=\s*[=/>]|\s)/gi, '$1data-amud-dropped'))
}

export function cleanPastedHtml(html: string): Document {
  // An unclosed <audio>, <style>… would take the rest of the paste with it when dropped below.
  const doc = new DOMParser().parseFromString(neutralizeEventHandlers(closeUnclosedElements(html)), 'text/html')
  removeSupportListsBlocks(doc)
  // Comments include the rest of Word's conditional blocks (<!--[if gte mso 9]>…).
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT)
  const dead: Node[] = []
  while (comments.nextNode()) dead.push(comments.currentNode)
  for (const c of dead) c.parentNode?.removeChild(c)
  convertWordLists(doc)
  removeWordListMarkers(doc)
  walk(doc.body)
  return doc
}
