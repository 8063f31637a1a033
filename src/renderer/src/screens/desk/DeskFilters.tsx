// The desk view's filters: the search box (the library's search syntax), status, columnist
// and assigned editor.
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../shared/model/article'
import type { DeskListFilters } from '../../../../shared/api/desk'
import { useI18n } from '../../i18n'

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
        <select
          className="field field-sm"
          value={filters.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as ArticleStatus | undefined })}
          data-testid="desk-filter-status"
        >
          <option value="">{t('library.allStatuses')}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t('desk.view.owner')}
        <input
          className="field field-sm"
          dir="auto"
          placeholder={t('desk.view.anyone')}
          value={filters.owner ?? ''}
          onChange={(e) => set({ owner: e.target.value.trim() || undefined })}
          data-testid="desk-filter-owner"
        />
      </label>
      <label className="filter">
        {t('desk.view.assigned')}
        <input
          className="field field-sm"
          dir="auto"
          placeholder={t('desk.view.anyone')}
          value={filters.assignedTo ?? ''}
          onChange={(e) => set({ assignedTo: e.target.value.trim() || undefined })}
          data-testid="desk-filter-assigned"
        />
      </label>
    </div>
  )
}
