// The author chooser's list: a search field over every author and the list it narrows, so a
// library of hundreds of authors (some "names" a whole sentence) is found by typing part of a
// name, in any hamza or alef spelling, and no name can widen the header: each keeps one line.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { normalizeArabic } from '../../../../shared/arabic'
import type { AuthorWithCount } from '../../../../shared/model/article'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'

/** What the list offers: no author, an author, or a new one. */
export type AuthorChoice = { kind: 'none' } | { kind: 'author'; id: number } | { kind: 'new' }

interface Props {
  authors: AuthorWithCount[]
  authorId: number | null
  onChoose: (choice: AuthorChoice) => void
  onClose: () => void
}

interface Option {
  key: string
  label: string
  choice: AuthorChoice
  dir?: 'rtl' | 'ltr'
}

const fold = (s: string): string => normalizeArabic(s).toLowerCase()

export function AuthorMenu({ authors, authorId, onChoose, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const id = useId()
  const [query, setQuery] = useState('')
  // The list opens on the current author (after "no author", first); typing starts again from the first match.
  const [active, setActive] = useState(() => (authorId === null ? 0 : Math.max(0, authors.findIndex((a) => a.id === authorId) + 1)))
  const listRef = useRef<HTMLUListElement>(null)
  const folded = useMemo(() => authors.map((a) => ({ author: a, key: fold(a.name) })), [authors])

  const options = useMemo<Option[]>(() => {
    const q = fold(query.trim())
    const matches = folded.filter((a) => q === '' || a.key.includes(q))
    return [
      ...(q === '' ? [{ key: 'none', label: t('article.noAuthor'), choice: { kind: 'none' } as const }] : []),
      ...matches.map(({ author }) => ({
        key: `a${author.id}`,
        label: author.name,
        dir: detectDirection(author.name),
        choice: { kind: 'author', id: author.id } as const
      })),
      { key: 'new', label: t('article.newAuthor'), choice: { kind: 'new' } as const }
    ]
  }, [folded, query, t])

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active])

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (a + step + options.length) % options.length)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const option = options[active]
      if (option) onChoose(option.choice)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    }
  }

  const matchCount = options.filter((o) => o.choice.kind === 'author').length
  return (
    <div className="author-menu" data-testid="author-menu">
      <input
        type="search"
        className="field field-sm"
        autoFocus
        dir={query ? detectDirection(query) : undefined}
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={`${id}-${active}`}
        aria-label={t('article.authorSearch')}
        placeholder={t('article.authorSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        data-testid="author-search"
      />
      <ul className="author-options" id={`${id}-list`} role="listbox" aria-label={t('article.author')} ref={listRef} data-testid="author-options">
        {options.map((o, i) => (
          <li
            key={o.key}
            id={`${id}-${i}`}
            role="option"
            data-index={i}
            aria-selected={i === active}
            className={`author-option${o.choice.kind === 'author' ? '' : ' is-special'}${o.choice.kind === 'author' && o.choice.id === authorId ? ' is-current' : ''}`}
            title={o.label}
            // The search field keeps the focus (and the keyboard) while the pointer chooses.
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => onChoose(o.choice)}
            data-testid="author-option"
          >
            <span className="author-option-name" dir={o.dir}>
              {o.label}
            </span>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && matchCount === 0 && (
        <p className="author-none is-muted" role="status">
          {t('article.authorNone')}
        </p>
      )}
    </div>
  )
}
