// One article in the desk view: title, columnist, editor, status, a passage when searched.
import type { DeskListItem } from '../../../../shared/api/desk'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'

export function DeskRow({ item, onOpen }: { item: DeskListItem; onOpen: () => void }): React.JSX.Element {
  const { t, formatDateTime } = useI18n()
  const status = t(`status.${item.status}`)
  return (
    <li className="desk-row" data-testid="desk-row" data-desk-id={item.deskId}>
      <button type="button" className="desk-row-open" onClick={onOpen} data-testid="desk-open">
        <span className="desk-row-title" dir={detectDirection(item.title)} data-testid="desk-row-title">
          {item.title || t('library.untitled')}
        </span>
        <span className="desk-row-by is-muted">
          {item.assignedTo
            ? t('desk.view.byLine', { owner: item.owner, editor: item.assignedTo, status })
            : t('desk.view.byLineNobody', { owner: item.owner, status })}
          {' · '}
          {formatDateTime(item.updatedAt)}
          {item.localId && ` · ${t('desk.view.here')}`}
        </span>
        {item.snippet && <span className="desk-row-snippet">{item.snippet}</span>}
      </button>
    </li>
  )
}
