// The desk view's filters: the search box (the library's search syntax), status, columnist
// and assigned editor.
import type { DeskListFilters } from '../../../../shared/api/desk'
import { useI18n } from '../../i18n'
import { StatusSelect } from '../../components/StatusSelect'

// A free-text filter on a person's name; empty means anyone.
function NameFilter({
  label,
  value,
  onChange,
  testId
}: {
  label: string
  value: string | undefined
  onChange: (name: string | undefined) => void
  testId: string
}): React.JSX.Element {
  const { t } = useI18n()
  return (
    <label className="filter">
      {label}
      <input
        className="field field-sm"
        dir="auto"
        placeholder={t('desk.view.anyone')}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value.trim() || undefined)}
        data-testid={testId}
      />
    </label>
  )
}

interface Props {
  filters: DeskListFilters
  onChange: (f: DeskListFilters) => void
}

export function DeskFilters({ filters, onChange }: Props): React.JSX.Element {
  const { t } = useI18n()
  const set = (patch: Partial<DeskListFilters>): void => onChange({ ...filters, ...patch })
  return (
    <div className="desk-filters">
      <input
        type="search"
        className="field desk-search"
        aria-label={t('desk.view.search')}
        placeholder={t('desk.view.search')}
        value={filters.query ?? ''}
        onChange={(e) => set({ query: e.target.value || undefined })}
        data-testid="desk-search"
      />
      <label className="filter">
        {t('library.filterStatus')}
        <StatusSelect value={filters.status} onChange={(status) => set({ status: status ?? undefined })} testId="desk-filter-status" />
      </label>
      <NameFilter label={t('desk.view.owner')} value={filters.owner} onChange={(owner) => set({ owner })} testId="desk-filter-owner" />
      <NameFilter label={t('desk.view.assigned')} value={filters.assignedTo} onChange={(assignedTo) => set({ assignedTo })} testId="desk-filter-assigned" />
    </div>
  )
}
