// Every contract call on its own channel, each message checked to come from our window's own
// page before it reaches the library. The checking and the dispatch live in src/node.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { API_METHODS } from '../shared/api/methods'
import type { DeskService } from '../shared/api/desk'
import type { LibraryService } from '../shared/api/library'
import type { HostDialogs } from '../shared/api/transfer'
import { isAllowedSender, type RendererLocation } from '../node/ipc-guard'
import { dispatch, WRITING_METHODS, type Reply } from '../node/service-dispatch'

export interface IpcOptions {
  service: LibraryService
  /** Native dialogs for the window: chooseFolder and saveFile. */
  dialogs: HostDialogs
  /** Whether a folder export may write into this folder (one chosen in the dialog). */
  exportFolderAllowed: (dir: string) => boolean
  window: () => BrowserWindow | null
  renderer: RendererLocation
  /** The desk link, poked after each call that writes an article. */
  desk: DeskService & { poke(): void }
}

function fromOurPage(event: IpcMainInvokeEvent, options: IpcOptions): boolean {
  const win = options.window()
  const frame = event.senderFrame
  return isAllowedSender(
    {
      frameUrl: frame?.url ?? null,
      isMainFrame: frame !== null && frame.parent === null,
      fromOurWindow: win !== null && !win.isDestroyed() && event.sender === win.webContents
    },
    options.renderer
  )
}

export function registerIpc(options: IpcOptions): void {
  for (const method of API_METHODS) {
    ipcMain.handle(`amud:${method}`, async (event, args: unknown): Promise<Reply> => {
      if (!fromOurPage(event, options)) {
        console.error(`amud: refused ${method} from ${event.senderFrame?.url ?? 'a gone frame'}`)
        return { ok: false, error: { code: 'invalid', message: 'This page may not use the library.' } }
      }
      const reply = await dispatch(options.service, method, args, {
        onImportProgress: (progress) => {
          if (!event.sender.isDestroyed()) event.sender.send('amud-event:importProgress', progress)
        },
        onExportProgress: (progress) => {
          if (!event.sender.isDestroyed()) event.sender.send('amud-event:exportProgress', progress)
        },
        dialogs: options.dialogs,
        exportFolderAllowed: options.exportFolderAllowed,
        desk: options.desk
      })
      if (reply.ok && WRITING_METHODS.has(method)) options.desk.poke()
      return reply
    })
  }
}
