// One article → the publication's tagged text, with a file name and a list of what the plain
// format could not keep. An imported article stores no document (it is exactly the plain
// document of its body's lines, see body.ts), so its paragraphs are those lines and nothing
// was flattened: it is written without building and walking a document.
import type { ExportedArticle } from '../../shared/api/library'
import type { Article, ArticleSummary, SerializedDocument } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import { flattenedFeatures, paragraphsFromDocument, type FlattenedFeatures } from '../../shared/document/index'
import { TaggedFormatError, writeTagged } from '../../shared/format/index'
import { msg } from '../../shared/messages/catalog'
import { splitBody } from './body'
import type { Ctx } from './context'
import { exportFileName } from './file-name'
import { articleRow, toSummary } from './rows'

const FLATTENED: { key: keyof FlattenedFeatures; code: string; what: string }[] = [
  { key: 'headings', code: 'flattened-headings', what: 'heading(s) became plain paragraphs' },
  { key: 'lists', code: 'flattened-lists', what: 'list(s) became plain paragraphs, one per item, without bullets or numbers' },
  { key: 'quotes', code: 'flattened-quotes', what: 'block quote(s) became plain paragraphs' },
  { key: 'bold', code: 'flattened-bold', what: 'bold passage(s) lost their bold' },
  { key: 'italic', code: 'flattened-italic', what: 'italic passage(s) lost their italics' },
  { key: 'underline', code: 'flattened-underline', what: 'underlined passage(s) lost their underline' },
  { key: 'strikethrough', code: 'flattened-strikethrough', what: 'struck-through passage(s) lost their strike-through and read as if they stood' },
  { key: 'links', code: 'flattened-links', what: 'link(s) kept their text but lost their address' },
  { key: 'other', code: 'flattened-other', what: 'other formatting or embedded item(s) were dropped or flattened' }
]

export function exportWarnings(a: Article): { code: string; message: string }[] {
  return warningsFor(a, flattenedFeatures(a.document))
}

function warningsFor(a: Pick<Article, 'author' | 'pullQuote'>, f: FlattenedFeatures | null): { code: string; message: string }[] {
  const warnings = f === null ? [] : FLATTENED.filter((w) => f[w.key] > 0).map((w) => ({ code: w.code, message: `${f[w.key]} ${w.what}.` }))
  if (a.pullQuote.trim() === '') {
    warnings.push({ code: 'no-pull-quote', message: 'The article has no pull quote: the pull-quote line is written empty.' })
  }
  if (a.author && a.author.pictureUrl === null) {
    warnings.push({ code: 'no-picture', message: `The author ${a.author.name} has no picture: the header's image is written empty.` })
  }
  return warnings
}

export function exportArticle(ctx: Ctx, id: string): ExportedArticle {
  const row = articleRow(ctx, id)
  const a: ArticleSummary & { pullQuote: string } = { ...toSummary(row), pullQuote: row.pull_quote }
  if (!a.author) {
    throw AmudError.saying('invalid', msg('err.export-no-author', { title: a.title || a.id }))
  }
  // null features: a plain document, where nothing is flattened.
  let paragraphs: string[]
  let features: FlattenedFeatures | null = null
  if (row.document === null) paragraphs = splitBody(row.body_text)
  else {
    const document = JSON.parse(row.document) as SerializedDocument
    paragraphs = paragraphsFromDocument(document)
    features = flattenedFeatures(document)
  }
  let text: string
  try {
    text = writeTagged({
      authorName: a.author.name,
      authorPictureUrl: a.author.pictureUrl,
      pullQuote: a.pullQuote.trim() === '' ? null : a.pullQuote,
      paragraphs
    })
  } catch (err) {
    if (err instanceof TaggedFormatError) throw AmudError.saying('invalid', msg('err.export-refused', { title: a.title || a.id, why: err.said }))
    throw err
  }
  const date = new Date(a.publishedAt ?? a.updatedAt)
  return { articleId: a.id, fileName: exportFileName(date, a.author.name, a.title), text, warnings: warningsFor(a, features) }
}
