// The tagged article format: the plain-text file the publication takes, read and written.
// Pure TypeScript (no Node, no DOM) so the app, the CLI and the browser share one definition.
export type { TaggedArticle, FormatDiagnostic, ParseResult } from './types'
export { parseTagged } from './parse'
export { writeTagged, TaggedFormatError } from './write'
export { formatDiagnostic, describeDiagnostic, placedMessage } from './diagnostics'
export { normalizeTaggedArticle, isNormalizedArticle } from './normalize'
export { MAX_FILE_BYTES, NO_PULL_QUOTE_LINE, QUOTE_MARK, SEPARATOR, SEPARATOR_LENGTH, TATWEEL } from './canonical'
export { normalizeText } from './text'
export { unusualNameSpacing, type NameSpacing } from './name-spacing'
export { checkPictureUrl, pictureUrlError, MAX_PICTURE_URL_LENGTH } from './picture-url'
