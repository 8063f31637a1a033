// The library's filters: status and author, and the sort (not while searching: results come by relevance).
import type { ArticleStatus, AuthorWithCount } from '../../../../shared/model/article'
import type { ListSort } from '../../../../shared/api/library'
import { useI18n } from '../../i18n'
import { StatusSelect } from '../../components/StatusSelect'

export interface Filters {
  status: ArticleStatus | null
  authorId: number | null
  sort: ListSort
  order: 'asc' | 'desc'
}

export const DEFAULT_FILTERS: Filters = { status: null, authorId: null, sort: 'updated', order: 'desc' }

const SORTS: ListSort[] = ['updated', 'created', 'title', 'words', 'published']

interface Props {
  filters: Filters
  authors: AuthorWithCount[]
  searching: boolean
  onChange: (f: Filters) => void
}

export function LibraryFilters({ filters, authors, searching, onChange }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <div className="filters">
      <label className="filter">
        <span className="filter-label">{t('library.filterStatus')}</span>
        <StatusSelect value={filters.status} onChange={(status) => onChange({ ...filters, status })} testId="filter-status" />
      </label>
      <label className="filter">
        <span className="filter-label">{t('library.filterAuthor')}</span>
        <select
          className="field field-sm"
          value={filters.authorId ?? ''}
          onChange={(e) => onChange({ ...filters, authorId: e.target.value ? Number(e.target.value) : null })}
          data-testid="filter-author"
        >
          <option value="">{t('library.allAuthors')}</option>
          {authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.articleCount})
            </option>
          ))}
        </select>
      </label>
      {!searching && (
        <label className="filter">
          <span className="filter-label">{t('library.sort')}</span>
          <span className="sort-pair">
            <select
              className="field field-sm"
              value={filters.sort}
              onChange={(e) => onChange({ ...filters, sort: e.target.value as ListSort })}
              data-testid="sort"
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`library.sort.${s}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn-icon"
              aria-label={`${t('library.order')}: ${t(`library.order.${filters.order}`)}`}
              title={t(`library.order.${filters.order}`)}
              onClick={() => onChange({ ...filters, order: filters.order === 'desc' ? 'asc' : 'desc' })}
              data-testid="sort-order"
            >
              {filters.order === 'desc' ? '↓' : '↑'}
            </button>
          </span>
        </label>
      )}
    </div>
  )
}
