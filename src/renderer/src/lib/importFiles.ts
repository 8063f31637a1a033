// The window's files before they go to the library: each one's size is looked at before a byte
// is read (a 2 GiB file, or a device the picker was pointed at, must not be read into the page),
// and a file that cannot be read fails alone, in the interface language, while the rest import.
import type { DocumentFileReport } from '../../../shared/api/transfer'
import { importKind, importTypeRefusal } from '../../../shared/model/file-types'
import { IMPORT_LIMITS } from '../../../shared/model/limits'
import type { Said } from '../../../shared/messages/catalog'
import { uiMessage } from '../i18n'
import { fileToBase64 } from './files'

const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10

export async function readForImport(files: readonly File[]): Promise<{ payload: { name: string; base64: string }[]; refused: DocumentFileReport[] }> {
  const payload: { name: string; base64: string }[] = []
  const refused: DocumentFileReport[] = []
  for (const f of files) {
    // A type Amud does not read (.odt, .pdf) is refused for it, before its size or bytes.
    const type = importTypeRefusal(f.name)
    if (type) {
      refused.push({
        name: f.name,
        kind: importKind(f.name) === 'old-word' ? 'docx' : 'other',
        outcome: 'failed',
        said: type,
        warnings: []
      })
      continue
    }
    const kind = importKind(f.name) === 'docx' ? 'docx' : 'tagged'
    const cap = kind === 'docx' ? IMPORT_LIMITS.docxBytes : IMPORT_LIMITS.taggedBytes
    const fail = (said: Said): void => void refused.push({ name: f.name, kind, outcome: 'failed', said, warnings: [] })
    if (f.size > cap) {
      fail(uiMessage('import.tooLarge', { size: megabytes(f.size), max: megabytes(cap) }))
      continue
    }
    try {
      payload.push({ name: f.name, base64: await fileToBase64(f) })
    } catch {
      fail(uiMessage('import.unreadable'))
    }
  }
  return { payload, refused }
}
