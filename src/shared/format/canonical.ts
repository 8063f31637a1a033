// The canonical shapes, read off the publication's own file (see /work/shared/FORMAT.md). The
// writer emits exactly these; the parser accepts them without a word and anything else with a
// warning or an error.

/** U+201D RIGHT DOUBLE QUOTATION MARK: at the start of a right-to-left line it reads as the opening mark. */
export const QUOTE_MARK = '\u201D'

/** Line 2 when there is no pull quote: the usual shape around an empty text, so it parses back to null. */
export const NO_PULL_QUOTE_LINE = `${QUOTE_MARK} ${QUOTE_MARK}`

export const TATWEEL = '\u0640'
export const SEPARATOR_LENGTH = 25
export const SEPARATOR = TATWEEL.repeat(SEPARATOR_LENGTH)

/** 10 MB: a column is some 5-50 KB; anything this big is the wrong file, and parsing it would stall the app. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

export const HEADER_OPEN = '[author'
export const HEADER_CLOSE = '[/author]'
/** The attributes after image, fixed in every file the publication has sent. */
export const HEADER_FIXED_ATTRIBUTES = 'alt="" class="avatar photo" height="60" width="60"'

export function headerLine(authorName: string, pictureUrl: string | null): string {
  return `${HEADER_OPEN} image="${pictureUrl ?? ''}" ${HEADER_FIXED_ATTRIBUTES}]${authorName}${HEADER_CLOSE}`
}

export function pullQuoteLine(pullQuote: string | null): string {
  return pullQuote === null ? NO_PULL_QUOTE_LINE : `${QUOTE_MARK} ${pullQuote}${QUOTE_MARK}`
}

/** A line made of tatweel and nothing else, whatever its length. */
export function isSeparator(line: string): boolean {
  if (line.length === 0) return false
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 0x0640) return false
  return true
}
