// The folders the person chose in the desktop app's native folder dialog during this run. Under
// Electron a folder export writes only into one of them: a page that got hold of the API (a
// bug, injected script) cannot name ~/.ssh or a system folder and have Amud write there. The
// browser host has no dialog (the folder is typed), so it does not use this.
import type { HostDialogs } from '../shared/api/transfer'
import { resolveFolder } from './transfer/service'

export class ChosenFolders {
  private readonly folders = new Set<string>()

  constructor(private readonly home?: string) {}

  /** Records a folder the dialog returned. */
  remember(path: string): void {
    this.folders.add(this.normalize(path) ?? path)
  }

  /** True only for a folder chosen earlier in this run (the same folder, however it is spelled). */
  allows(dir: string): boolean {
    const folder = this.normalize(dir)
    return folder !== null && this.folders.has(folder)
  }

  private normalize(dir: string): string | null {
    try {
      return resolveFolder(dir, this.home)
    } catch {
      return null
    }
  }
}

/** The same dialogs, with every folder the person chooses remembered in `chosen`. */
export function rememberingChosenFolders(dialogs: HostDialogs, chosen: ChosenFolders): HostDialogs {
  return {
    saveFile: (request) => dialogs.saveFile(request),
    async chooseFolder() {
      const result = await dialogs.chooseFolder()
      if (result.outcome === 'chosen') chosen.remember(result.path)
      return result
    }
  }
}
