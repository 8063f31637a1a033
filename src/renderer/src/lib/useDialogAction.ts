// A dialog's one action at a time: busy while it runs, its failure in the interface language.
// Shared by the desk's dialogs and the two conflict dialogs.
import { useState } from 'react'
import { errorText } from '../../../shared/model/errors'
import { useI18n } from '../i18n'

export function useDialogAction(): { busy: boolean; error: string | null; run: (action: () => Promise<unknown> | void) => Promise<boolean> } {
  const { language } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (action: () => Promise<unknown> | void): Promise<boolean> => {
    setBusy(true)
    setError(null)
    try {
      await action()
      return true
    } catch (e) {
      setError(errorText(e, language))
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run }
}
