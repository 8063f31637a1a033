// Which files an import reads, told by the file's name before a byte of it is read: tagged
// article files (.txt, or a name without any extension) and Word documents (.docx). An old Word
// .doc gets its own way out. Anything else (.odt, .pdf, .rtf, a picture) is refused for its type
// with the types that are read; it used to be read as a tagged file and refused for "line 1,
// column 1: the author header is missing", which sent the person looking for a header.

import { msg, type Message } from '../messages/catalog'

export type ImportKind = 'tagged' | 'docx' | 'old-word' | 'unsupported'

/** The extension, lower-cased with its dot (".odt"), or '' for none; a leading dot (".profile") is not one. */
export function fileExtension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

export function importKind(name: string): ImportKind {
  const ext = fileExtension(name)
  if (ext === '.docx') return 'docx'
  if (ext === '.doc') return 'old-word'
  if (ext === '.txt' || ext === '') return 'tagged'
  return 'unsupported'
}

/** Why a file of this name is not imported, in both languages; null when its type is read. */
export function importTypeRefusal(name: string): Message | null {
  const kind = importKind(name)
  if (kind === 'old-word') return msg('file.old-word')
  if (kind !== 'unsupported') return null
  return msg('file.unsupported-type', { ext: fileExtension(name) })
}
