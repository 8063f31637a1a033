// The checklist shown before an article goes out: one item per check, each 'ok', 'warning' or
// 'error', with a jump to the first place in the body and, where the app can do it, a fix.
// Pure: it reads the article and decides nothing. Paragraph numbers and offsets are those of
// paragraphsFromDocument(article.document), the paragraphs the tagged export writes.
import { checkTypography, type TypographyOptions } from '../arabic/index'
import { flattenedFeatures, type FlattenedFeatures } from '../document/index'
import { checkPictureUrl, firstBracket } from '../format/header'
import { TaggedFormatError, writeTagged } from '../format/index'
import { msg, type Message } from '../messages/catalog'
import type { SerializedDocNode, SerializedDocument } from '../model/article'
import { locatePullQuote } from '../pullquote/index'
import { bodyText, findAll, findPlaceholders, SHORTCODE, type TextRange } from './body-text'
import { isSafeHref } from './links'
import type { ExportFormat } from './formats'
import type { ExportSource } from './source'

export type Severity = 'error' | 'warning' | 'ok'
export type Jump = TextRange

export type ChecklistFix =
  | { kind: 'choose-author' }
  | { kind: 'edit-author'; authorId: number | null }
  | { kind: 'set-author-picture'; authorId: number | null }
  | { kind: 'suggest-pull-quote' }
  | { kind: 'join-line-breaks'; count: number }
  | { kind: 'fix-all-typography'; count: number }

export interface ChecklistItem {
  id: string
  severity: Severity
  /** What to say about it: render with t(). */
  said: Message
  fix: ChecklistFix | null
  jump: Jump | null
}

export interface ChecklistOptions {
  /** The format about to be written; what is lost depends on it. Default 'tagged'. */
  format?: ExportFormat
  typography?: TypographyOptions
}

/** An Article fits; so does any ExportSource (the author's id is only used by fixes). */
export type ChecklistSource = Omit<ExportSource, 'author'> & {
  author: { id?: number; name: string; pictureUrl: string | null } | null
}

/** Error ids the tagged writer itself refuses; any other error is the editor's call to override. */
export const REFUSED_BY_WRITER: ReadonlySet<string> = new Set(['author', 'picture', 'body', 'format-refused'])

const LOST: Record<ExportFormat, (keyof FlattenedFeatures)[]> = {
  tagged: ['headings', 'lists', 'quotes', 'bold', 'italic', 'underline', 'strikethrough', 'links', 'other'],
  md: ['underline', 'strikethrough', 'other'],
  html: ['other'],
  docx: ['other']
}

function item(id: string, severity: Severity, said: Message, extra: Partial<ChecklistItem> = {}): ChecklistItem {
  return { id, severity, said, fix: null, jump: null, ...extra }
}

function authorItems(a: ChecklistSource, format: ExportFormat): ChecklistItem[] {
  const strict = format === 'tagged'
  const name = a.author?.name.replace(/\s+/g, ' ').trim() ?? ''
  const authorId = a.author?.id ?? null
  if (!a.author || name === '') return [item('author', strict ? 'error' : 'warning', msg('check.author-missing'), { fix: { kind: 'choose-author' } })]
  const out: ChecklistItem[] = []
  if (strict && firstBracket(name) !== -1) out.push(item('author', 'error', msg('check.author-bracket'), { fix: { kind: 'edit-author', authorId } }))
  else out.push(item('author', 'ok', msg('check.author-ok', { name })))
  const url = a.author.pictureUrl?.trim() ?? ''
  if (url === '') out.push(item('picture', 'warning', msg('check.picture-missing'), { fix: { kind: 'set-author-picture', authorId } }))
  else if (checkPictureUrl(url))
    out.push(item('picture', strict ? 'error' : 'warning', msg('check.picture-bad', { url }), { fix: { kind: 'set-author-picture', authorId } }))
  else out.push(item('picture', 'ok', msg('check.picture-ok')))
  return out
}

function pullQuoteItem(quote: string, paragraphs: string[]): ChecklistItem {
  const fix: ChecklistFix = { kind: 'suggest-pull-quote' }
  if (quote.trim() === '') return item('pull-quote', 'warning', msg('check.pull-quote-empty'), { fix })
  const where = locatePullQuote(paragraphs, quote)
  if (where.state === 'found' && where.paragraph !== undefined) {
    const jump = { paragraph: where.paragraph, start: where.start ?? 0, end: where.end ?? 0 }
    return item('pull-quote', 'ok', msg('check.pull-quote-found', { paragraph: where.paragraph + 1 }), { jump })
  }
  if (where.state === 'empty') return item('pull-quote', 'warning', msg('check.pull-quote-empty'), { fix })
  return item('pull-quote', 'warning', msg('check.pull-quote-missing', { percent: Math.round((where.similarity ?? 0) * 100) }), { fix })
}

function shortcodeItem(quote: string, paragraphs: string[]): ChecklistItem {
  const hits = findAll(paragraphs, SHORTCODE)
  const first = hits[0]
  if (first) return item('shortcode', 'error', msg('check.shortcode-found', { text: first.text, n: hits.length }), { jump: rangeOf(first) })
  const inQuote = quote.match(SHORTCODE)
  if (inQuote) return item('shortcode', 'error', msg('check.shortcode-pull-quote', { text: inQuote[0] }))
  return item('shortcode', 'ok', msg('check.shortcode-ok'))
}

function rangeOf(r: TextRange): Jump {
  return { paragraph: r.paragraph, start: r.start, end: r.end }
}

function placeholderItem(a: ChecklistSource, paragraphs: string[]): ChecklistItem {
  const inBody = findPlaceholders(paragraphs)
  // The title and pull quote are checked too, but a jump can only land in the body.
  const elsewhere = findPlaceholders([a.title, a.pullQuote])
  const count = inBody.length + elsewhere.length
  const first = inBody[0] ?? elsewhere[0]
  if (!first) return item('placeholders', 'ok', msg('check.placeholders-ok'))
  return item('placeholders', 'error', msg('check.placeholders-found', { n: count, first: first.text }), { jump: inBody[0] ? rangeOf(inBody[0]) : null })
}

function typographyItem(paragraphs: string[], options: TypographyOptions | undefined): ChecklistItem {
  let count = 0
  let fixable = 0
  let jump: Jump | null = null
  paragraphs.forEach((text, paragraph) => {
    for (const issue of checkTypography(text, options)) {
      count++
      if (issue.fix) fixable++
      jump ??= { paragraph, start: issue.start, end: issue.end }
    }
  })
  if (count === 0) return item('typography', 'ok', msg('check.typography-ok'))
  return item('typography', 'warning', msg('check.typography-found', { n: count }), {
    jump,
    fix: fixable > 0 ? { kind: 'fix-all-typography', count: fixable } : null
  })
}

function countUnsafeLinks(node: SerializedDocNode): number {
  const self = (node.type === 'link' || node.type === 'autolink') && !isSafeHref(typeof node.url === 'string' ? node.url : '') ? 1 : 0
  return self + (Array.isArray(node.children) ? node.children.reduce((n, c) => n + countUnsafeLinks(c), 0) : 0)
}

function formattingItems(doc: SerializedDocument, format: ExportFormat): ChecklistItem[] {
  const features = flattenedFeatures(doc)
  const out: ChecklistItem[] = []
  for (const key of LOST[format]) {
    const n = features[key]
    if (n === 0) continue
    out.push(item(`flattened-${key}`, 'warning', msg(`check.flattened-${key}`, { n })))
  }
  const unsafe = format === 'tagged' || !doc?.root ? 0 : countUnsafeLinks(doc.root)
  if (unsafe > 0) out.push(item('unsafe-links', 'warning', msg('check.unsafe-links', { n: unsafe })))
  return out.length > 0 ? out : [item('flattened', 'ok', msg('check.flattened-none'))]
}

/** What the tagged writer would still refuse once the checks above pass (NUL, broken characters, size). */
function writerItem(a: ChecklistSource, paragraphs: string[]): ChecklistItem | null {
  if (!a.author) return null
  try {
    writeTagged({ authorName: a.author.name, authorPictureUrl: a.author.pictureUrl, pullQuote: a.pullQuote.trim() || null, paragraphs })
    return null
  } catch (err) {
    if (!(err instanceof TaggedFormatError)) throw err
    return item('format-refused', 'error', msg('check.format-refused', { why: err.said }))
  }
}

export function exportChecklist(article: ChecklistSource, options: ChecklistOptions = {}): ChecklistItem[] {
  const format = options.format ?? 'tagged'
  const { paragraphs, breaks } = bodyText(article.document)
  const items: ChecklistItem[] = []
  if (format !== 'tagged') {
    const title = article.title.replace(/\s+/g, ' ').trim()
    items.push(title ? item('title', 'ok', msg('check.title-ok', { title })) : item('title', 'warning', msg('check.title-empty')))
  }
  items.push(...authorItems(article, format))
  items.push(pullQuoteItem(article.pullQuote, paragraphs))
  items.push(paragraphs.length > 0 ? item('body', 'ok', msg('check.body-ok', { n: paragraphs.length })) : item('body', 'error', msg('check.body-empty')))
  items.push(shortcodeItem(article.pullQuote, paragraphs))
  if (format === 'tagged') {
    const first = breaks[0]
    items.push(
      first
        ? item('line-breaks', 'warning', msg('check.line-breaks-found', { n: breaks.length }), {
            jump: rangeOf(first),
            fix: { kind: 'join-line-breaks', count: breaks.length }
          })
        : item('line-breaks', 'ok', msg('check.line-breaks-ok'))
    )
  }
  items.push(placeholderItem(article, paragraphs))
  items.push(typographyItem(paragraphs, options.typography))
  items.push(...formattingItems(article.document, format))
  if (format === 'tagged' && !items.some((i) => i.severity === 'error' && REFUSED_BY_WRITER.has(i.id))) {
    const refused = writerItem(article, paragraphs)
    if (refused) items.push(refused)
  }
  return items
}

export function checklistCounts(items: readonly ChecklistItem[]): { errors: number; warnings: number } {
  return { errors: items.filter((i) => i.severity === 'error').length, warnings: items.filter((i) => i.severity === 'warning').length }
}
