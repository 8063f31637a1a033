// Where a comment sits in the text, and finding it again after edits. An anchor remembers the
// paragraph it was made in (its index then), the words quoted, their offset in that paragraph
// and a few characters either side. After edits the quote is looked for by its text: in every
// paragraph, each occurrence scored by how much of the remembered context still surrounds it
// and how near it is to where it was. When the quoted words are gone from the text, the anchor
// is detached: the comment is still shown (with its quote), never dropped. Pure: no Node, no DOM.

export interface CommentAnchor {
  /** The paragraph's index (among the body's top-level blocks) when the comment was made. */
  paragraph: number
  /** The words commented on, exactly as they were. */
  quote: string
  /** Where the quote started in that paragraph's text. */
  offset: number
  /** Up to CONTEXT characters before and after the quote, to tell repeated words apart. */
  prefix: string
  suffix: string
}

/** Where an anchor is found now: a paragraph index and the quote's [start, end) in its text. */
export interface AnchorPlace {
  paragraph: number
  start: number
  end: number
}

export const ANCHOR_CONTEXT = 24
/** Longest quote an anchor keeps (a comment on more than this quotes its start). */
export const MAX_QUOTE = 2000

/** An anchor for [start, end) of paragraph `paragraph` of `paragraphs`. */
export function makeAnchor(paragraphs: readonly string[], paragraph: number, start: number, end: number): CommentAnchor {
  const text = paragraphs[paragraph] ?? ''
  const s = Math.max(0, Math.min(start, end, text.length))
  const e = Math.min(text.length, Math.max(start, end), s + MAX_QUOTE)
  return {
    paragraph,
    quote: text.slice(s, e),
    offset: s,
    prefix: text.slice(Math.max(0, s - ANCHOR_CONTEXT), s),
    suffix: text.slice(e, e + ANCHOR_CONTEXT)
  }
}

/** How many characters two strings share at their ends (a's end with b's end). */
function sharedTail(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

function sharedHead(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/** The anchor's place in `paragraphs` now, or null when its words are no longer in the text (detached). */
export function findAnchor(paragraphs: readonly string[], anchor: CommentAnchor): AnchorPlace | null {
  if (anchor.quote === '') return null
  let best: AnchorPlace | null = null
  let bestScore = -Infinity
  paragraphs.forEach((text, p) => {
    for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
      const end = at + anchor.quote.length
      const context =
        sharedTail(text.slice(Math.max(0, at - ANCHOR_CONTEXT), at), anchor.prefix) + sharedHead(text.slice(end, end + ANCHOR_CONTEXT), anchor.suffix)
      // Context counts most (a paragraph added above moves the index, not the words around);
      // then the same paragraph, then nearness within it.
      const score = context * 100 - Math.abs(p - anchor.paragraph) * 40 - Math.min(Math.abs(at - anchor.offset), 1000) / 100
      if (score > bestScore) {
        bestScore = score
        best = { paragraph: p, start: at, end }
      }
    }
  })
  return best
}
