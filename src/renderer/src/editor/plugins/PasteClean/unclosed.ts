// Closes, in the pasted HTML string, the elements the cleaner drops with their content (audio,
// video, svg, object, iframe, template, title, style, noscript…) when the paste never closes
// them. The browser's parser puts everything after an unclosed one inside it (or, for style,
// title, iframe, script and textarea, reads all of it as their raw text), so dropping the element
// silently dropped the rest of the paste. Here an unclosed element keeps only what plausibly
// belongs to it (a video's <source>, the CSS right after <style>, an svg's shapes, one block of
// noscript fallback) and is closed right there: the text after it survives, and its own content
// is still dropped with it. A pass over the string before DOMParser, because once parsed an
// unclosed element cannot be told from a closed one.

type Token =
  | { kind: 'text'; start: number; end: number; blank: boolean }
  | { kind: 'open'; name: string; start: number; end: number; selfClosing: boolean }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'other'; start: number; end: number }
  | { kind: 'raw'; name: string; start: number; end: number; closed: boolean }

type Open = Extract<Token, { kind: 'open' }>

/** Raw-text elements: their content runs to their end tag, and holds no markup. */
const RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes'])

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** Common HTML elements, none of them also an SVG or MathML element: where foreign content ends. */
const HTML_ONLY = new Set([
  ...['p', 'div', 'span', 'b', 'i', 'u', 'em', 'strong', 'br', 'hr', 'img', 'font', 'small', 'big', 'sup', 'sub', 's', 'strike'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'],
  ...['blockquote', 'pre', 'code', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption'],
  ...['body', 'html', 'head', 'center', 'del', 'ins', 'q', 'cite', 'abbr', 'mark', 'label', 'form', 'button', 'input', 'select'],
  ...['audio', 'video', 'object', 'iframe', 'noscript', 'template', 'canvas', 'picture', 'meta', 'link']
])

/** HTML start tags that end svg or math content when they appear inside it (the standard's list, mostly). */
const BREAKOUT = new Set([
  ...['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong'],
  ...['strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var']
])

const BLOCK = new Set([
  ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'table', 'tr', 'td', 'th', 'blockquote', 'pre'],
  ...['section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'hr', 'br', 'body', 'html', 'center', 'form']
])

/**
 * What an unclosed element may hold before the rest of the paste is taken to follow it:
 * only the listed child elements (media); SVG or MathML markup and the text inside it
 * (foreign); or one block element, or one run of inline content (block).
 */
type Rule = { holds: ReadonlySet<string> } | 'foreign' | 'block'

const RULES: Record<string, Rule> = {
  audio: { holds: new Set(['source', 'track']) },
  video: { holds: new Set(['source', 'track']) },
  picture: { holds: new Set(['source', 'img']) },
  object: { holds: new Set(['param', 'embed']) },
  canvas: { holds: new Set() },
  svg: 'foreign',
  math: 'foreign',
  template: 'block',
  noscript: 'block'
}

export function closeUnclosedElements(html: string): string {
  return closeContainers(closeRawText(html))
}

/** An unclosed style, title, script…: its text runs to the first tag (see tokenize); an iframe holds nothing. */
function closeRawText(html: string): string {
  const inserts: Insert[] = []
  for (const t of tokenize(html)) {
    if (t.kind === 'raw' && !t.closed) inserts.push({ at: t.end, name: t.name })
  }
  return insertClosings(html, inserts)
}

function closeContainers(html: string): string {
  const tokens = tokenize(html)
  const unclosed = unclosedOpenings(tokens)
  const inserts: Insert[] = []
  // Innermost first, so that two closings at one place nest properly.
  for (const i of [...unclosed].sort((a, b) => b - a)) {
    const t = tokens[i] as Open
    const end = contentEnd(tokens, i, RULES[t.name] as Rule, unclosed)
    inserts.push({ at: end < tokens.length ? (tokens[end] as Token).start : html.length, name: t.name })
  }
  return insertClosings(html, inserts)
}

interface Insert {
  at: number
  name: string
}

function insertClosings(html: string, inserts: Insert[]): string {
  if (inserts.length === 0) return html
  // A stable sort keeps the innermost-first order of closings at the same place.
  const sorted = [...inserts].sort((a, b) => a.at - b.at)
  let out = ''
  let last = 0
  for (const { at, name } of sorted) {
    out += `${html.slice(last, at)}</${name}>`
    last = at
  }
  return out + html.slice(last)
}

/** Indexes of the opening tags of RULES elements that no end tag matches. */
function unclosedOpenings(tokens: readonly Token[]): Set<number> {
  const open = new Map<string, number[]>()
  tokens.forEach((t, i) => {
    if (t.kind === 'open' && !t.selfClosing && t.name in RULES) {
      const stack = open.get(t.name) ?? []
      stack.push(i)
      open.set(t.name, stack)
    } else if (t.kind === 'close') open.get(t.name)?.pop()
  })
  return new Set([...open.values()].flat())
}

/** Index of the first token after the unclosed element at `i` that is not its content. */
function contentEnd(tokens: readonly Token[], i: number, rule: Rule, unclosed: ReadonlySet<number>): number {
  // Another unclosed element inside is closed by its own insertion: it opens nothing here.
  const opens = (k: number, t: Open): boolean => !t.selfClosing && !VOID.has(t.name) && !unclosed.has(k)
  let depth = 0
  let mode: 'none' | 'inline' | 'element' = 'none'
  let element = ''
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (t.kind === 'other' || t.kind === 'raw' || (t.kind === 'text' && t.blank && depth === 0)) continue
    if (typeof rule === 'object') {
      if ((t.kind === 'open' || t.kind === 'close') && rule.holds.has(t.name)) continue
      return k
    }
    if (rule === 'foreign') {
      if (t.kind === 'text') {
        if (depth === 0) return k
      } else if (HTML_ONLY.has(t.name)) return k
      else if (t.kind === 'close') {
        if (depth === 0) return k
        depth--
      } else if (opens(k, t)) depth++
      continue
    }
    // 'block'
    if (depth === 0) {
      if (t.kind === 'close' || mode === 'element') return k
      if (t.kind === 'open' && BLOCK.has(t.name)) {
        if (mode === 'inline') return k
        mode = 'element'
        element = t.name
        if (!opens(k, t)) return k + 1
        depth = 1
        continue
      }
      mode = 'inline'
      if (t.kind === 'open' && opens(k, t)) depth = 1
      continue
    }
    // A paragraph ends where the next block starts, as the browser's parser has it.
    if (depth === 1 && element === 'p' && t.kind === 'open' && BLOCK.has(t.name)) return k
    if (t.kind === 'open' && opens(k, t)) depth++
    else if (t.kind === 'close') {
      depth--
      if (depth === 0 && mode === 'element') return k + 1
    }
  }
  return tokens.length
}

/** Where the raw text of an unclosed style, title, script… plausibly ends: at the first tag or comment after it. */
function rawContentEnd(html: string, start: number): number {
  const re = /<(?:!--|\/?([A-Za-z][A-Za-z0-9-]*)[\s/>])/g
  re.lastIndex = start
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[1]?.toLowerCase()
    if (name === undefined || HTML_ONLY.has(name) || RAW.has(name)) return m.index
  }
  return html.length
}

/** A tokenizer close enough to the HTML standard's to find tags: comments, quoted attributes, raw text. */
function tokenize(html: string): Token[] {
  const tokens: Token[] = []
  let foreign = 0
  let i = 0
  let textStart = 0
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ kind: 'text', start: textStart, end, blank: !/\S/.test(html.slice(textStart, end)) })
  }
  for (;;) {
    const lt = html.indexOf('<', i)
    if (lt === -1) break
    const next = html[lt + 1] ?? ''
    let end: number
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      end = close === -1 ? html.length : close + 3
      flushText(lt)
      tokens.push({ kind: 'other', start: lt, end })
    } else if (next === '!' || next === '?') {
      const close = html.indexOf('>', lt)
      end = close === -1 ? html.length : close + 1
      flushText(lt)
      tokens.push({ kind: 'other', start: lt, end })
    } else if (next === '/' && isLetter(html.charCodeAt(lt + 2))) {
      const tag = readTag(html, lt + 2)
      end = tag.end
      flushText(lt)
      tokens.push({ kind: 'close', name: tag.name, start: lt, end })
      if ((tag.name === 'svg' || tag.name === 'math') && foreign > 0) foreign--
    } else if (isLetter(next.charCodeAt(0))) {
      const tag = readTag(html, lt + 1)
      end = tag.end
      flushText(lt)
      tokens.push({ kind: 'open', name: tag.name, start: lt, end, selfClosing: tag.selfClosing })
      if ((tag.name === 'svg' || tag.name === 'math') && !tag.selfClosing) foreign++
      else if (foreign > 0 && BREAKOUT.has(tag.name)) foreign = 0
      // Inside svg or math, style and title are ordinary elements, not raw text.
      // An unclosed one ends where closeRawText will close it, so what follows is still read as markup.
      if (RAW.has(tag.name) && foreign === 0) {
        const close = findEndTag(html, tag.name, end)
        const rawEnd = close !== -1 ? close : tag.name === 'iframe' ? end : rawContentEnd(html, end)
        tokens.push({ kind: 'raw', name: tag.name, start: end, end: rawEnd, closed: close !== -1 })
        end = rawEnd
      }
    } else {
      i = lt + 1
      continue
    }
    i = end
    textStart = end
  }
  flushText(html.length)
  return tokens
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

const SPACE = /[\t\n\f\r ]/

/** A tag from its name to its ">": quotes count only around an attribute's value, as in the standard. */
function readTag(html: string, from: number): { name: string; end: number; selfClosing: boolean } {
  let i = from
  while (i < html.length && !SPACE.test(html[i] as string) && html[i] !== '/' && html[i] !== '>') i++
  const name = html.slice(from, i).toLowerCase()
  let selfClosing = false
  while (i < html.length) {
    const c = html[i] as string
    if (c === '>') return { name, end: i + 1, selfClosing }
    selfClosing = false
    if (SPACE.test(c)) i++
    else if (c === '/') {
      selfClosing = html[i + 1] === '>'
      i++
    } else {
      // An attribute: its name (which may start with "="), then perhaps "=" and a value.
      i++
      while (i < html.length && !SPACE.test(html[i] as string) && !'/>='.includes(html[i] as string)) i++
      let k = i
      while (k < html.length && SPACE.test(html[k] as string)) k++
      if (html[k] !== '=') continue
      k++
      while (k < html.length && SPACE.test(html[k] as string)) k++
      const q = html[k]
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, k + 1)
        i = close === -1 ? html.length : close + 1
      } else {
        i = k
        while (i < html.length && !SPACE.test(html[i] as string) && html[i] !== '>') i++
      }
    }
  }
  return { name, end: html.length, selfClosing }
}

function findEndTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')
  re.lastIndex = from
  const m = re.exec(html)
  return m ? m.index : -1
}
