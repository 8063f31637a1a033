import { readingTimeMinutes } from '../../../../shared/arabic'
import { useSyncExternalStore } from 'react'
import type { StatsStore } from '../../editor/plugins/Stats'
import { useI18n } from '../../i18n'
import type { SaveStatus } from '../../session/session'
import { DeskIndicator } from '../desk/DeskIndicator'
import { SaveState } from './SaveState'
import './StatusBar.css'

export function StatusBar({ stats: store, status, onRetry }: { stats: StatsStore; status: SaveStatus; onRetry: () => void }): React.JSX.Element {
  const { t } = useI18n()
  const stats = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return (
    <footer className="status-bar" aria-label={t('statusbar.label')}>
      <span className="stats" data-testid="stats">
        <span data-testid="word-count">{t('statusbar.words', { count: stats.words })}</span>
        <span>{t('statusbar.characters', { count: stats.characters })}</span>
        {stats.selection ? (
          <span className="is-muted">{t('statusbar.selection')}</span>
        ) : (
          <span>{t('statusbar.reading', { minutes: readingTimeMinutes(stats.words) })}</span>
        )}
      </span>
      <span className="status-end">
        <DeskIndicator />
        <SaveState status={status} onRetry={onRetry} />
      </span>
    </footer>
  )
}
