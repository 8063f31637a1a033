import type { SearchResult } from '../../../../shared/api/library'
import { Highlighted } from '../../components/Highlighted'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { ArticleRow } from './ArticleRow'

interface Props {
  query: string
  result: SearchResult | undefined
  selectedId: string | null
  onOpen: (id: string) => void
}

export function SearchResults({ query, result, selectedId, onOpen }: Props): React.JSX.Element {
  const { t } = useI18n()
  if (!result) return <p className="list-note">{t('app.loading')}</p>
  if (result.hits.length === 0) return <p className="list-note">{t('library.noResults', { query })}</p>
  return (
    <>
      {result.total !== undefined && (
        <p className="search-count" data-testid="search-count">
          {t('library.resultCount', { count: result.total })}
        </p>
      )}
      <ul className="article-list" aria-label={t('library.results')} data-testid="search-results">
        {result.hits.map((hit) => (
          <ArticleRow
            key={hit.article.id}
            article={hit.article}
            selected={hit.article.id === selectedId}
            onOpen={onOpen}
            title={hit.article.title.trim() ? <Highlighted text={hit.article.title} ranges={hit.titleHighlights} /> : undefined}
          >
            {hit.snippet.text && (
              <span className="article-snippet" dir={detectDirection(hit.snippet.text)} data-testid="search-snippet">
                <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
              </span>
            )}
          </ArticleRow>
        ))}
      </ul>
    </>
  )
}
