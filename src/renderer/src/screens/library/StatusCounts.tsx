// Counts by status double as the quickest status filter.
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../shared/model/article'
import type { StatusCounts as Counts } from '../../../../shared/api/library'
import { useI18n } from '../../i18n'

interface Props {
  counts: Counts | undefined
  status: ArticleStatus | null
  onStatus: (s: ArticleStatus | null) => void
}

export function StatusCounts({ counts, status, onStatus }: Props): React.JSX.Element {
  const { t, formatNumber } = useI18n()
  const n = (v: number | undefined): string => (v === undefined ? '…' : formatNumber(v))
  const all = counts ? ARTICLE_STATUSES.reduce((sum, s) => sum + counts[s], 0) : undefined
  return (
    <div className="status-counts" role="group" aria-label={t('library.counts')} data-testid="status-counts">
      <button type="button" className="count-chip" aria-pressed={status === null} onClick={() => onStatus(null)}>
        {t('library.all')} <span className="count">{n(all)}</span>
      </button>
      {ARTICLE_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`count-chip chip-${s}`}
          aria-pressed={status === s}
          onClick={() => onStatus(status === s ? null : s)}
          data-testid={`count-${s}`}
        >
          {t(`status.${s}`)} <span className="count">{n(counts?.[s])}</span>
        </button>
      ))}
    </div>
  )
}
