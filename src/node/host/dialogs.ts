// The browser host's answer to dialog calls: it has no windows of its own (the page is in a
// browser it does not control), so it says so, and the page uses its own means instead: a
// folder path typed in a field, a download for a saved file.
import type { HostDialogs } from '../../shared/api/transfer'

export const HEADLESS_DIALOGS: HostDialogs = {
  chooseFolder: async () => ({ outcome: 'unsupported' }),
  saveFile: async () => ({ outcome: 'unsupported' })
}
