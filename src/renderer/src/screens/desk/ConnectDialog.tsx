// Connecting this library to a desk: its address and an access token, checked with the desk
// at once (a clear sentence when it cannot be reached or refuses the token); once connected,
// who you are there, sync now, and disconnect.
import { useState } from 'react'
import type { DeskStatus } from '../../../../shared/api/desk'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { deskStore, useDeskStatus } from './deskStore'
import { useDialogAction } from '../../lib/useDialogAction'
import './desk.css'

export function ConnectDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useI18n()
  const s = useDeskStatus()
  const [url, setUrl] = useState(s?.url ?? '')
  const [token, setToken] = useState('')
  const { busy, error, run } = useDialogAction()
  const linked = s !== null && s.state !== 'unlinked'
  // Each action answers with the desk's new status.
  const update = (call: () => Promise<DeskStatus>): Promise<boolean> => run(async () => deskStore.set(await call()))
  return (
    <div className="dialog-backdrop">
      <div className="dialog desk-dialog" role="dialog" aria-modal="true" aria-labelledby="desk-connect-title" data-testid="desk-connect-dialog">
        <h2 id="desk-connect-title">{t('desk.connect.title')}</h2>
        {linked ? (
          <p data-testid="desk-connected-as">
            {t('desk.connect.linked', { url: s.url ?? '', user: s.user ?? '', role: t(`desk.role.${s.role ?? 'columnist'}`) })}
          </p>
        ) : (
          <form
            className="desk-form"
            onSubmit={(e) => {
              e.preventDefault()
              void update(() => amud.deskConnect(url, token))
            }}
          >
            <p>{t('desk.connect.body')}</p>
            <label>
              {t('desk.connect.url')}
              <input
                className="field"
                dir="ltr"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                placeholder="http://127.0.0.1:7878"
                data-testid="desk-url"
              />
            </label>
            <label>
              {t('desk.connect.token')}
              <input className="field" dir="ltr" type="password" value={token} onChange={(e) => setToken(e.target.value)} data-testid="desk-token" />
            </label>
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="desk-connect">
              {busy ? t('desk.connect.connecting') : t('desk.connect.submit')}
            </button>
          </form>
        )}
        {error && (
          <p className="banner is-error" role="alert" data-testid="desk-connect-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {linked && (
            <>
              <button type="button" className="btn" disabled={busy} onClick={() => void update(() => amud.deskSyncNow())} data-testid="desk-sync-now">
                {t('desk.connect.syncNow')}
              </button>
              <button type="button" className="btn" disabled={busy} onClick={() => void update(() => amud.deskDisconnect())} data-testid="desk-disconnect">
                {t('desk.connect.disconnect')}
              </button>
            </>
          )}
          <button type="button" className="btn btn-quiet" onClick={onClose} data-testid="desk-connect-close">
            {t('desk.close')}
          </button>
        </div>
      </div>
    </div>
  )
}
