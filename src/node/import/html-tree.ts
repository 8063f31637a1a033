// A tiny HTML reader for mammoth's output, which is simple and regular: elements with quoted
// attributes, escaped text, no scripts, comments or doctype. It is still read as data from a
// stranger: nothing is executed, entities are decoded into text, anything unexpected (an
// unclosed tag, a stray "<") becomes text or is closed, never an error.

export interface HtmlElement {
  tag: string
  attrs: Record<string, string>
  children: HtmlNode[]
}

export type HtmlNode = HtmlElement | string

const VOID = new Set(['br', 'img', 'hr', 'wbr', 'col', 'input', 'meta', 'link', 'source'])
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

function codePoint(n: number): string {
  // NUL, surrogates and values past Unicode are not characters: the replacement character stands in.
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd'
  return String.fromCodePoint(n)
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9A-Fa-f]{1,8}|#[0-9]{1,9}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') return codePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10))
    return NAMED[ref] ?? whole
  })
}

function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] as string).toLowerCase()
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** Parses a fragment into a forest. A closing tag with no open match is ignored. */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  const top = (): HtmlElement => stack[stack.length - 1] as HtmlElement
  let last = 0
  const text = (s: string): void => {
    if (s !== '') top().children.push(decodeEntities(s))
  }
  for (const m of html.matchAll(TAG)) {
    text(html.slice(last, m.index))
    last = m.index + m[0].length
    if (m[2] === undefined) continue // a comment
    const tag = m[2].toLowerCase()
    if (m[1] === '/') {
      const at = stack.map((e) => e.tag).lastIndexOf(tag)
      if (at > 0) stack.length = at
      continue
    }
    const element: HtmlElement = { tag, attrs: readAttrs(m[3] ?? ''), children: [] }
    top().children.push(element)
    if (!VOID.has(tag) && m[4] !== '/') stack.push(element)
  }
  text(html.slice(last))
  return root.children
}
