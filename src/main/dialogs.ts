// The desktop app's dialogs for the renderer's calls: a folder for batch export and a place to
// save one exported file. They belong to main because only main may open native dialogs and
// write where the person chose; the renderer gets the outcome, never a file handle.
import { extname, join } from 'node:path'
import { dialog, type BrowserWindow } from 'electron'
import type { HostDialogs } from '../shared/api/transfer'
import { AmudError } from '../shared/model/errors'
import type { MenuLanguage } from '../node/app-menu'
import { writeFileAtomic } from '../node/files/atomic-write'
import { refusePseudoFileSystem } from '../node/files/pseudo-fs'
import { suggestedExportFolder } from '../node/transfer/service'
import { msg } from '../shared/messages/catalog'

const TEXT = {
  ar: { folder: 'مجلد التصدير', choose: 'اختر المجلد', save: 'حفظ المقالة', file: 'ملف' },
  en: { folder: 'Export folder', choose: 'Choose Folder', save: 'Save Article', file: 'File' }
} as const

const FILTER_NAMES: Record<string, { ar: string; en: string }> = {
  txt: { ar: 'نص موسوم', en: 'Tagged text' },
  html: { ar: 'صفحة HTML', en: 'HTML page' },
  md: { ar: 'Markdown', en: 'Markdown' },
  docx: { ar: 'مستند Word', en: 'Word document' }
}

export function windowDialogs(window: () => BrowserWindow | null, language: MenuLanguage): HostDialogs {
  const t = TEXT[language]
  return {
    async chooseFolder() {
      const win = window()
      if (!win) return { outcome: 'cancelled' }
      const chosen = await dialog.showOpenDialog(win, {
        title: t.folder,
        buttonLabel: t.choose,
        defaultPath: suggestedExportFolder(),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate']
      })
      const path = chosen.filePaths[0]
      return chosen.canceled || !path ? { outcome: 'cancelled' } : { outcome: 'chosen', path }
    },

    async saveFile({ fileName, base64 }) {
      const win = window()
      if (!win) return { outcome: 'cancelled' }
      const ext = extname(fileName).slice(1).toLowerCase()
      const name = FILTER_NAMES[ext]?.[language] ?? t.file
      const chosen = await dialog.showSaveDialog(win, {
        title: t.save,
        defaultPath: join(suggestedExportFolder(), fileName),
        filters: ext ? [{ name, extensions: [ext] }] : []
      })
      if (chosen.canceled || !chosen.filePath) return { outcome: 'cancelled' }
      // Whole or not at all: a half-written file is worse than the old one.
      const path = chosen.filePath
      await refusePseudoFileSystem(path)
      try {
        await writeFileAtomic(path, Buffer.from(base64, 'base64'))
      } catch (err) {
        if (err instanceof AmudError) throw err
        const reason = (err as Error).message
        throw AmudError.saying('io', msg('err.cannot-write', { path, reason }))
      }
      return { outcome: 'saved', path }
    }
  }
}
