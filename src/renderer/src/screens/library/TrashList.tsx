import type { ArticleSummary } from '../../../../shared/model/article'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'

interface Props {
  items: ArticleSummary[] | undefined
  onRestore: (id: string) => void
}

export function TrashList({ items, onRestore }: Props): React.JSX.Element {
  const { t, formatDateTime } = useI18n()
  if (!items) return <p className="list-note">{t('app.loading')}</p>
  if (items.length === 0) return <p className="list-note">{t('library.trashEmpty')}</p>
  return (
    <ul className="article-list" aria-label={t('library.trashTitle')} data-testid="trash-list">
      {items.map((a) => {
        const title = a.title.trim() || t('library.untitled')
        return (
          <li key={a.id} className="article-row trash-row" data-testid="trash-item">
            <span className="trash-text">
              <span className="article-title" dir={detectDirection(a.title)}>
                {title}
              </span>
              <span className="article-meta is-muted">{a.deletedAt ? formatDateTime(a.deletedAt) : ''}</span>
            </span>
            <button
              type="button"
              className="btn"
              onClick={() => onRestore(a.id)}
              aria-label={t('library.restoreNamed', { title })}
              data-testid="restore-article"
            >
              {t('library.restore')}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
