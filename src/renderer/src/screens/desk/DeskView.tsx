// The desk view, for editors (and columnists, who see their own): every article sent to the
// desk, filtered and searched on the desk itself; opening one brings it into the library
// (kept in step from then on) and into the writing room.
import { useState } from 'react'
import type { DeskListFilters } from '../../../../shared/api/desk'
import { errorText } from '../../../../shared/model/errors'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { useAsync, useDebounced } from '../../lib/useAsync'
import { DeskFilters } from './DeskFilters'
import { DeskIndicator } from './DeskIndicator'
import { DeskRow } from './DeskRow'
import { useDeskStatus } from './deskStore'
import './desk.css'

interface Props {
  onOpen: (localId: string) => void
  onBack: () => void
}

export function DeskView({ onOpen, onBack }: Props): React.JSX.Element {
  const { t, language, formatNumber } = useI18n()
  const status = useDeskStatus()
  const [filters, setFilters] = useState<DeskListFilters>({})
  const key = useDebounced(JSON.stringify(filters), 250)
  const list = useAsync(() => amud.deskList(JSON.parse(key) as DeskListFilters), `${key}:${status?.revision ?? 0}`)
  const [openError, setOpenError] = useState<string | null>(null)
  const open = (deskId: string): void => {
    setOpenError(null)
    amud.deskOpen(deskId).then(onOpen, (e: unknown) => setOpenError(errorText(e, language)))
  }
  return (
    <section className="desk-view" data-testid="desk-view" aria-labelledby="desk-view-title">
      <header className="desk-view-head">
        <h2 id="desk-view-title">{t('desk.view.title')}</h2>
        <button type="button" className="btn btn-quiet btn-sm" onClick={onBack} data-testid="desk-view-back">
          {t('desk.view.back')}
        </button>
      </header>
      <DeskFilters filters={filters} onChange={setFilters} />
      {(openError ?? list.error) && (
        <p className="banner is-error" role="alert" data-testid="desk-view-error">
          {openError ?? errorText(list.error, language)}
        </p>
      )}
      <p className="desk-count is-muted" data-testid="desk-count">
        {t(list.data?.totalIsAtLeast ? 'desk.view.countAtLeast' : 'desk.view.count', { count: formatNumber(list.data?.total ?? 0) })}
      </p>
      <ul className="desk-list" data-testid="desk-list">
        {(list.data?.items ?? []).map((item) => (
          <DeskRow key={item.deskId} item={item} onOpen={() => open(item.deskId)} />
        ))}
      </ul>
      {list.data && list.data.items.length === 0 && <p className="empty-state">{t('desk.view.empty')}</p>}
      <footer className="status-bar">
        <span />
        <DeskIndicator />
      </footer>
    </section>
  )
}
