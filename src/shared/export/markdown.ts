// An article as CommonMark: "# title", the author in bold, the pull quote as a "> " block, then
// the body. Text is escaped so that nothing in it turns into markup: a paragraph starting with
// "1." stays a paragraph, "*" and "[" stay characters. Underline has no Markdown form and is
// dropped (the export checklist says so); the editor's direction has none either.
import { blocksFromDocument, BOLD, ITALIC, type Block, type Inline, type ListBlock } from './blocks'
import { authorNameOf, usablePictureUrl, type ExportSource } from './source'

/** Characters that are markup anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~]/g
/** "&copy;" would render as ©: escape the ampersand only where it starts a character reference. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g

export function escapeMarkdownText(text: string): string {
  return text.replace(INLINE_SPECIALS, '\\$&').replace(ENTITY_LIKE, '\\&')
}

/** What only means something at the start of a line: headings, quotes, list markers, rules. */
function escapeLineStart(line: string): string {
  const indentless = line.replace(/^[ \t]+/, '')
  const m = /^(\d{1,9})([.)])/.exec(indentless)
  if (m) return `${m[1]}\\${m[2]}${indentless.slice(m[0].length)}`
  return /^[#>+\-=]/.test(indentless) ? `\\${indentless}` : indentless
}

type Mark = typeof BOLD | typeof ITALIC
const MARKS: Mark[] = [BOLD, ITALIC]

/**
 * Emphasis must hug its text ("** word**" is not bold in CommonMark), so the spaces at the edges
 * of a run go outside the markers, and marks nest as a stack: only what changes is closed or
 * opened. "*" is the usual marker because it works inside a word, and Arabic attaches و، ب، ل
 * to the word they precede ("و**مائل**"). When a mark closes right where another opens, the
 * opener switches to "_" so the two do not melt into one "****" delimiter run.
 */
function inlineMarkdown(inlines: readonly Inline[]): string {
  let out = ''
  const stack: { mark: Mark; marker: string }[] = []
  let pendingSpace = ''
  const closeTo = (keep: number): void => {
    while (stack.length > keep) out += stack.pop()?.marker ?? ''
    out += pendingSpace
    pendingSpace = ''
  }
  for (const x of inlines) {
    if (x.kind === 'break') {
      closeTo(0)
      out += '\\\n'
    } else if (x.kind === 'link') {
      closeTo(0)
      const url = x.url.replace(/[<>\s]/g, encodeURIComponent)
      out += `[${inlineMarkdown(x.children)}](<${url}>)`
    } else {
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(x.text) as RegExpExecArray
      if (core === '') {
        pendingSpace += x.text
        continue
      }
      let keep = 0
      while (keep < stack.length && x.format & (stack[keep]?.mark ?? 0)) keep++
      const touching = stack.length > keep && pendingSpace === '' && lead === ''
      closeTo(keep)
      out += lead
      for (const mark of MARKS) {
        if (!(x.format & mark) || stack.some((s) => s.mark === mark)) continue
        const marker = (touching ? '_' : '*').repeat(mark === BOLD ? 2 : 1)
        stack.push({ mark, marker })
        out += marker
      }
      pendingSpace = trail
      // Only a line-break node breaks a line; a newline inside text is a space, as in the tagged export.
      out += escapeMarkdownText(core.replace(/[\r\n\v\f\u0085\u2028\u2029]/g, ' '))
    }
  }
  closeTo(0)
  // Every line the text breaks into could start with a marker of its own.
  return out.split('\n').map(escapeLineStart).join('\n')
}

function listMarkdown(list: ListBlock, indent: string): string[] {
  const lines: string[] = []
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${list.start + i}. ` : '- '
    const pad = indent + ' '.repeat(marker.length)
    const [first = '', ...rest] = inlineMarkdown(item.inlines).split('\n')
    lines.push(`${indent}${marker}${first}`, ...rest.map((l) => pad + l))
    for (const nested of item.lists) lines.push(...listMarkdown(nested, pad))
  })
  return lines
}

function quoted(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')
}

function blockMarkdown(block: Block): string {
  if (block.kind === 'list') return listMarkdown(block, '').join('\n')
  const text = inlineMarkdown(block.inlines)
  if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${text.replace(/\\\n/g, ' ')}`
  if (block.kind === 'quote') return quoted(text)
  return text
}

export function toMarkdown(source: ExportSource): string {
  const parts: string[] = []
  const title = source.title.replace(/\s+/g, ' ').trim()
  if (title !== '') parts.push(`# ${escapeMarkdownText(title)}`)
  const name = authorNameOf(source)
  if (name !== '') {
    const picture = usablePictureUrl(source)
    const img = picture ? `![](<${picture}>) ` : ''
    parts.push(`${img}**${escapeMarkdownText(name)}**`)
  }
  const quote = source.pullQuote.replace(/\s+/g, ' ').trim()
  if (quote !== '') parts.push(quoted(escapeLineStart(escapeMarkdownText(quote))))
  parts.push(...blocksFromDocument(source.document).map(blockMarkdown))
  return `${parts.join('\n\n')}\n`
}
