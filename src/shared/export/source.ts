// What every export reads from an article. An Article fits it as it is; so does a tagged file's
// article once it has a document (documentFromParagraphs) and a title.
import type { SerializedDocument } from '../model/article'
import { checkPictureUrl } from '../format/header'

export interface ExportSource {
  title: string
  author: { name: string; pictureUrl: string | null } | null
  pullQuote: string
  document: SerializedDocument
}

/** The picture address when it is one the tagged format would accept (http(s), no spaces or quotes), else null. */
export function usablePictureUrl(source: ExportSource): string | null {
  const url = source.author?.pictureUrl?.trim() ?? ''
  return url !== '' && checkPictureUrl(url) === null ? url : null
}

export function authorNameOf(source: ExportSource): string {
  return source.author?.name.replace(/\s+/g, ' ').trim() ?? ''
}
