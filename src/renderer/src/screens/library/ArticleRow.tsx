// One article in the list: everything a columnist scans for before opening it.
import type { ReactNode } from 'react'
import type { ArticleSummary } from '../../../../shared/model/article'
import { Avatar } from '../../components/Avatar'
import { StatusBadge } from '../../components/StatusBadge'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'

interface Props {
  article: ArticleSummary
  selected: boolean
  onOpen: (id: string) => void
  /** Replaces the plain title (search results pass a highlighted one). */
  title?: ReactNode
  /** Extra lines under the title (a search snippet). */
  children?: ReactNode
  /** With these, the row has a checkbox for batch export; range: shift was held. */
  checked?: boolean
  onCheck?: (id: string, range: boolean) => void
}

export function ArticleRow({ article, selected, onOpen, title, children, checked, onCheck }: Props): React.JSX.Element {
  const { t, formatDateTime } = useI18n()
  const name = article.title.trim() || t('library.untitled')
  return (
    <li className={`article-row${onCheck ? ' has-check' : ''}`}>
      {onCheck && (
        <input
          type="checkbox"
          className="article-check"
          checked={checked ?? false}
          aria-label={t('batch.check', { title: name })}
          // A click's shiftKey says "range"; React's change event for a checkbox is that click.
          onChange={(e) => onCheck(article.id, (e.nativeEvent as MouseEvent).shiftKey === true)}
          data-testid="article-check"
        />
      )}
      <button
        type="button"
        className="article-open"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(article.id)}
        data-testid="article-item"
        data-article-id={article.id}
      >
        <span
          className={`article-title${article.title.trim() ? '' : ' is-untitled'}`}
          dir={article.title.trim() ? detectDirection(article.title) : undefined}
          data-testid="article-item-title"
        >
          {title ?? name}
        </span>
        {children}
        <span className="article-meta">
          {article.author ? (
            <span className="article-author">
              <Avatar name={article.author.name} author={article.author} size="sm" />
              <span>{article.author.name}</span>
            </span>
          ) : (
            <span className="article-author is-muted">{t('library.noAuthor')}</span>
          )}
          <StatusBadge status={article.status} />
        </span>
        <span className="article-meta is-muted">
          <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt)}</time>
          <span aria-hidden="true">·</span>
          <span data-testid="article-item-words">{t('library.words', { count: article.wordCount })}</span>
        </span>
      </button>
    </li>
  )
}
