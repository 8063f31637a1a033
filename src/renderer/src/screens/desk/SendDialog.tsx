// "Send to the desk": which editor (from the desk's list) and an optional note. The article is
// pushed first, then handed over; a desk that cannot be reached is said plainly.
import { useState } from 'react'
import type { DeskArticleInfo } from '../../../../shared/api/desk'
import { errorText } from '../../../../shared/model/errors'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { useAsync } from '../../lib/useAsync'
import { useDialogAction } from '../../lib/useDialogAction'
import './desk.css'

interface Props {
  articleId: string
  onSent: (info: DeskArticleInfo) => void
  onClose: () => void
}

export function SendDialog({ articleId, onSent, onClose }: Props): React.JSX.Element {
  const { t, language } = useI18n()
  const editors = useAsync(() => amud.deskEditors(), 'editors')
  const [editor, setEditor] = useState('')
  const [note, setNote] = useState('')
  const { busy, error, run } = useDialogAction()
  const send = (): void => {
    void run(async () => {
      onSent(await amud.deskSend(articleId, editor || null, note || null))
      onClose()
    })
  }
  return (
    <div className="dialog-backdrop">
      <div className="dialog desk-dialog" role="dialog" aria-modal="true" aria-labelledby="desk-send-title" data-testid="desk-send-dialog">
        <h2 id="desk-send-title">{t('desk.send.title')}</h2>
        <label>
          {t('desk.send.editor')}
          <select className="field" value={editor} onChange={(e) => setEditor(e.target.value)} data-testid="desk-send-editor">
            <option value="">{t('desk.send.anyEditor')}</option>
            {(editors.data ?? []).map((e) => (
              <option key={e.name} value={e.name}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('desk.send.note')}
          <textarea className="field" rows={3} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="desk-send-note" />
        </label>
        {(error ?? editors.error) && (
          <p className="banner is-error" role="alert" data-testid="desk-send-error">
            {error ?? errorText(editors.error, language)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={send} data-testid="desk-send-confirm">
            {busy ? t('desk.send.sending') : t('desk.send.submit')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onClose} data-testid="desk-send-cancel">
            {t('desk.close')}
          </button>
        </div>
      </div>
    </div>
  )
}
