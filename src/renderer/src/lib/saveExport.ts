// Saving one exported file: the host's save dialog when it has one (Electron's main writes the
// bytes where the person chose), else a download of the same bytes (the browser host).
import { amud } from '../api'
import { downloadBytes } from './files'

export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' }

export async function saveExport(fileName: string, base64: string, mimeType: string): Promise<SaveOutcome> {
  const result = await amud.saveFile({ fileName, base64 })
  if (result.outcome === 'saved') return { kind: 'saved', path: result.path }
  if (result.outcome === 'cancelled') return { kind: 'cancelled' }
  downloadBytes(fileName, base64, mimeType)
  return { kind: 'downloaded' }
}
