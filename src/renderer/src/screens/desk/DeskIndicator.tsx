// The quiet desk indicator: one small button in the status bar saying how the desk stands
// (connected, syncing, offline with changes waiting, conflict); it opens the desk settings.
import { useState } from 'react'
import type { DeskStatus } from '../../../../shared/api/desk'
import { useI18n } from '../../i18n'
import { ConnectDialog } from './ConnectDialog'
import { useDeskStatus } from './deskStore'
import './desk.css'

function label(s: DeskStatus | null, t: ReturnType<typeof useI18n>['t']): string {
  if (!s || s.state === 'unlinked') return t('desk.indicator.unlinked')
  if (s.state === 'offline') return s.waiting > 0 ? t('desk.indicator.waiting', { count: s.waiting }) : t('desk.indicator.offline')
  if (s.state === 'conflict') return t('desk.indicator.conflict', { count: s.conflicts })
  return t(s.state === 'syncing' ? 'desk.indicator.syncing' : 'desk.indicator.connected')
}

export function DeskIndicator(): React.JSX.Element {
  const { t } = useI18n()
  const s = useDeskStatus()
  const [open, setOpen] = useState(false)
  const state = s?.state ?? 'unlinked'
  return (
    <>
      <button
        type="button"
        className={`desk-indicator is-${state}`}
        data-testid="desk-indicator"
        data-state={state}
        data-waiting={s?.waiting ?? 0}
        title={s?.url ? t('desk.indicator.title', { url: s.url, user: s.user ?? '' }) : undefined}
        onClick={() => setOpen(true)}
      >
        <span className="desk-dot" aria-hidden="true" />
        {label(s, t)}
      </button>
      {open && <ConnectDialog onClose={() => setOpen(false)} />}
    </>
  )
}
