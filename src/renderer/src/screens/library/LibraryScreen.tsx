// The sidebar: find an article (search or filters), see where the work stands (counts by
// status), start a new one, and get back what went to the trash.
import { useState, type RefObject } from 'react'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { useAsync, useDebounced } from '../../lib/useAsync'
import { ArticleRow } from './ArticleRow'
import { ImportButton } from './ImportButton'
import { DEFAULT_FILTERS, LibraryFilters, type Filters } from './LibraryFilters'
import { SearchResults } from './SearchResults'
import { StatusCounts } from './StatusCounts'
import { TrashList } from './TrashList'
import { SelectionBar } from './SelectionBar'
import { useBatch } from './useBatch'
import { errorText } from '../../../../shared/model/errors'
import './LibraryScreen.css'

const PAGE = 50

interface Props {
  selectedId: string | null
  /** Bumped whenever the library changed (a save, a new article, a trash): lists reload. */
  revision: number
  searchRef: RefObject<HTMLInputElement | null>
  onOpen: (id: string) => void
  onNew: () => void
  onChanged: () => void
}

export function LibraryScreen({ selectedId, revision, searchRef, onOpen, onNew, onChanged }: Props): React.JSX.Element {
  const { t, dir, language } = useI18n()
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS)
  const [pages, setPages] = useState(1)
  const [view, setView] = useState<'list' | 'trash'>('list')
  const settledQuery = useDebounced(query.trim(), 250)
  const searching = settledQuery !== ''

  const counts = useAsync(() => amud.countByStatus(), `counts:${revision}`)
  const authors = useAsync(() => amud.listAuthors(), `authors:${revision}`)
  const listKey = JSON.stringify({ filters, pages, revision })
  const list = useAsync(
    () =>
      amud.listArticles({
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.authorId ? { authorId: filters.authorId } : {}),
        sort: filters.sort,
        order: filters.order,
        limit: Math.min(500, PAGE * pages)
      }),
    `list:${listKey}`
  )
  const search = useAsync(
    () =>
      searching
        ? amud.search({
            query: settledQuery,
            ...(filters.status ? { status: filters.status } : {}),
            ...(filters.authorId ? { authorId: filters.authorId } : {}),
            limit: 50,
            countAll: true
          })
        : Promise.resolve(undefined),
    `search:${settledQuery}:${filters.status}:${filters.authorId}:${revision}`
  )
  const trash = useAsync(
    () => (view === 'trash' ? amud.listArticles({ trashed: true, sort: 'updated', order: 'desc', limit: 200 }) : Promise.resolve(undefined)),
    `trash:${view}:${revision}`
  )

  // A restored article is back among the articles: show them, with it open and selected.
  const restore = async (id: string): Promise<void> => {
    await amud.restoreArticle(id)
    setView('list')
    onChanged()
    onOpen(id)
  }

  const setFilter = (f: Filters): void => {
    setFilters(f)
    setPages(1)
  }

  const error = list.error ?? search.error ?? counts.error
  const batch = useBatch(list.data?.items)

  return (
    <nav className="library" aria-label={t('library.label')} data-testid="library">
      <div className="library-top">
        <button type="button" className="btn btn-primary btn-block" onClick={onNew} data-testid="new-article" title={`${t('library.new')} (Ctrl+N)`}>
          <span aria-hidden="true">+</span> {t('library.new')}
        </button>
        <div className="search-box">
          <input
            ref={searchRef}
            type="search"
            className="field"
            dir={query ? detectDirection(query) : dir}
            aria-label={t('library.search')}
            placeholder={t('library.searchPlaceholder')}
            value={query}
            onChange={(e) => {
              // A search looks among the articles, not in the trash.
              setQuery(e.target.value)
              setView('list')
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setQuery('')
            }}
            data-testid="library-search"
          />
          <details className="search-help" data-testid="search-help">
            <summary>{t('library.searchHelp')}</summary>
            <p>{t('library.searchHelpText')}</p>
          </details>
        </div>
        <StatusCounts counts={counts.data} status={filters.status} onStatus={(status) => setFilter({ ...filters, status })} />
        <LibraryFilters filters={filters} authors={authors.data ?? []} searching={searching} onChange={setFilter} />
      </div>

      <div className="library-list" aria-busy={list.loading || search.loading}>
        {error && (
          <p className="list-note is-error" role="alert">
            {t('library.error', { reason: errorText(error, language) })}
          </p>
        )}
        {view === 'trash' ? (
          <>
            <h2 className="list-heading">{t('library.trashTitle')}</h2>
            <TrashList items={trash.data?.items} onRestore={(id) => void restore(id)} />
          </>
        ) : searching ? (
          <SearchResults query={settledQuery} result={search.data} selectedId={selectedId} onOpen={onOpen} />
        ) : list.data && list.data.items.length === 0 ? (
          <p className="list-note">{t('library.empty')}</p>
        ) : (
          <>
            <SelectionBar count={batch.selection.ids.size} onSelectReady={batch.selectReady} onExport={batch.openExport} onClear={batch.clear} />
            <ul className="article-list" aria-label={t('library.list')} data-testid="article-list">
              {list.data?.items.map((a) => (
                <ArticleRow
                  key={a.id}
                  article={a}
                  selected={a.id === selectedId}
                  onOpen={onOpen}
                  checked={batch.selection.ids.has(a.id)}
                  onCheck={batch.click}
                />
              ))}
            </ul>
            {list.data?.nextCursor && pages * PAGE < 500 && (
              <button type="button" className="btn btn-block" onClick={() => setPages((p) => p + 1)}>
                {t('library.more')}
              </button>
            )}
          </>
        )}
      </div>

      <div className="library-bottom">
        <ImportButton onImported={onChanged} />
        {batch.dialog}
        <button
          type="button"
          className="btn btn-quiet btn-block"
          aria-pressed={view === 'trash'}
          onClick={() => setView((v) => (v === 'trash' ? 'list' : 'trash'))}
          data-testid="trash-toggle"
        >
          {view === 'trash' ? t('library.backToList') : t('library.trash', { count: counts.data?.trash ?? 0 })}
        </button>
      </div>
    </nav>
  )
}
