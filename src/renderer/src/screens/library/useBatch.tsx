// The library's batch export state: which articles are checked, and the export dialog. The
// folder comes from the host's dialog when it has one; otherwise the dialog asks for a path,
// prefilled with the last folder used here or the host's suggestion (~/Documents/Amud).
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { ArticleSummary } from '../../../../shared/model/article'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { readPref, writePref } from '../../settings/prefs'
import { BatchExport } from './BatchExport'
import { addToSelection, clickSelection, EMPTY_SELECTION, type Selection } from './selection'

const isString = (v: unknown): v is string => typeof v === 'string'

export interface Batch {
  selection: Selection
  click: (id: string, range: boolean) => void
  selectReady: () => void
  clear: () => void
  openExport: () => void
  dialog: ReactNode
}

export function useBatch(items: readonly ArticleSummary[] | undefined): Batch {
  const { t } = useI18n()
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION)
  const [dialog, setDialog] = useState<{ folder: string; canChoose: boolean } | null>(null)
  // Titles of everything ever checked, so a report can name an article scrolled out of the list.
  const titles = useRef(new Map<string, string>())
  useEffect(() => {
    for (const a of items ?? []) titles.current.set(a.id, a.title)
  }, [items])
  const order = (items ?? []).map((a) => a.id)

  const selectReady = async (): Promise<void> => {
    const page = await amud.listArticles({ status: 'ready', limit: 500 })
    for (const a of page.items) titles.current.set(a.id, a.title)
    setSelection((s) =>
      addToSelection(
        s,
        page.items.map((a) => a.id)
      )
    )
  }

  const openExport = async (): Promise<void> => {
    const chosen = await amud.chooseFolder()
    if (chosen.outcome === 'cancelled') return
    if (chosen.outcome === 'chosen') return setDialog({ folder: chosen.path, canChoose: true })
    setDialog({ folder: readPref('exportFolder', isString) ?? (await amud.suggestedExportFolder()), canChoose: false })
  }

  const ids = [...selection.ids]
  return {
    selection,
    click: (id, range) => setSelection((s) => clickSelection(s, order, id, range)),
    selectReady: () => void selectReady(),
    clear: () => setSelection(EMPTY_SELECTION),
    openExport: () => void openExport(),
    dialog: dialog && (
      <BatchExport
        ids={ids}
        initialFolder={dialog.folder}
        canChoose={dialog.canChoose}
        titleOf={(id) => titles.current.get(id)?.trim() || t('library.untitled')}
        onClose={(exported, folder) => {
          setDialog(null)
          if (!exported) return
          if (folder) writePref('exportFolder', folder)
          setSelection(EMPTY_SELECTION)
        }}
      />
    )
  }
}
