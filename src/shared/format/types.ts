// The tagged article format's model. An article here is already plain text: whatever the
// editor's document held (headings, lists, bold, links) has been flattened before it gets here.
import type { Message } from '../messages/catalog'

export interface TaggedArticle {
  authorName: string
  /** http(s) address of the author's picture; null when the author has none (written image=""). */
  authorPictureUrl: string | null
  /** null when the article has none (written as the line ” ”). */
  pullQuote: string | null
  /** One entry a paragraph, each a single line of text; at least one. */
  paragraphs: string[]
}

export interface FormatDiagnostic {
  /** 1-based line of the original file. */
  line: number
  /** 1-based column in characters (code points) of the original line, byte-order mark included. */
  column: number
  /** Stable identifier, for code and tests; see docs/tagged-format.md. */
  code: string
  /** What to say, without the location (formatDiagnostic and describeDiagnostic add it): render with t(). */
  said: Message
}

export type ParseResult =
  | {
      ok: true
      article: TaggedArticle
      warnings: FormatDiagnostic[]
      /** What was kept as written but a person may want to know (an author name's unusual spacing); writing back changes nothing. */
      notes: FormatDiagnostic[]
    }
  | { ok: false; error: FormatDiagnostic; warnings: FormatDiagnostic[] }
