// What the export view shows for one article in one format: the article as saved (the checklist
// reads it), and the file itself (the exact bytes the command line writes) or why there is none.
import { exportChecklist, exportFormat, type ChecklistItem, type ExportFormat } from '../../../../shared/export'
import type { Article } from '../../../../shared/model/article'
import { AmudError, errorText } from '../../../../shared/model/errors'
import type { Said } from '../../../../shared/messages/catalog'
import { amud } from '../../api'
import { base64ToText, textToBase64 } from '../../lib/files'
import type { ArticleSession } from '../../session/session'

export type ExportFile =
  | { kind: 'text'; fileName: string; text: string; base64: string; mimeType: string }
  | { kind: 'binary'; fileName: string; base64: string; mimeType: string; bytes: number }
  | { kind: 'refused'; message: string; said?: Said }

export interface ExportData {
  article: Article
  checklist: ChecklistItem[]
  file: ExportFile
}

async function fileFor(id: string, format: ExportFormat): Promise<ExportFile> {
  try {
    // The tagged file is the library's own export, with its checks; the others are rendered.
    if (format === 'tagged') {
      const exported = await amud.exportArticle(id)
      return { kind: 'text', fileName: exported.fileName, text: exported.text, base64: textToBase64(exported.text), mimeType: exportFormat(format).mimeType }
    }
    const rendered = await amud.renderArticle(id, format)
    if (exportFormat(format).binary) return { kind: 'binary', ...rendered, bytes: Math.floor((rendered.base64.length * 3) / 4) }
    return { kind: 'text', ...rendered, text: base64ToText(rendered.base64) }
  } catch (e) {
    // The library refuses what the format cannot hold (no author); the checklist says why.
    const said = e instanceof AmudError ? e.said : undefined
    return { kind: 'refused', message: errorText(e, 'en'), ...(said !== undefined ? { said } : {}) }
  }
}

/** Saves what is pending first: the view shows what is in the library, as the command would. */
export async function loadExport(session: ArticleSession, format: ExportFormat): Promise<ExportData> {
  await session.flush()
  const article = await amud.getArticle(session.id)
  const file = await fileFor(session.id, format)
  return { article, checklist: exportChecklist(article, { format }), file }
}
