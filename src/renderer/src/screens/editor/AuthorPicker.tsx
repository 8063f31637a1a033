// Choose the article's author, or create one on the spot (name and picture URL). The picture is
// fetched by the host once the author is saved and kept in the library: until then, and for an
// address not yet saved, the preview shows the initial (this window loads no picture from a site).
// The chooser is a button of bounded width (a long name ends in an ellipsis) opening a searchable
// list (AuthorMenu): a <select> grew as wide as its longest name and broke the header.
import { useId, useRef, useState } from 'react'
import { checkPictureUrl } from '../../../../shared/format/picture-url'
import type { AuthorWithCount } from '../../../../shared/model/article'
import { amud } from '../../api'
import { Avatar } from '../../components/Avatar'
import { FieldError } from '../../components/FieldError'
import { useI18n } from '../../i18n'
import { errorText } from '../../../../shared/model/errors'
import { detectDirection } from '../../lib/direction'
import { AuthorMenu, type AuthorChoice } from './AuthorMenu'
import { useClickAway } from '../../lib/useClickAway'

// The same rule the library and the tagged format apply, so the form never offers what they refuse.
const isHttpUrl = (s: string): boolean => checkPictureUrl(s) === null

interface Props {
  authors: AuthorWithCount[]
  authorId: number | null
  onChange: (authorId: number | null) => void
  onAuthorsChanged: () => void
}

export function AuthorPicker({ authors, authorId, onChange, onAuthorsChanged }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [creating, setCreating] = useState(false)
  const [editingPicture, setEditingPicture] = useState(false)
  const [open, setOpen] = useState(false)
  const comboRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const current = authors.find((a) => a.id === authorId) ?? null
  const shown = creating ? t('article.newAuthor') : current ? current.name : authorId !== null ? `#${authorId}` : t('article.noAuthor')

  // A click anywhere else closes the list.
  useClickAway(comboRef, open, setOpen)

  const choose = (choice: AuthorChoice): void => {
    setOpen(false)
    buttonRef.current?.focus()
    if (choice.kind === 'new') return setCreating(true)
    setCreating(false)
    onChange(choice.kind === 'author' ? choice.id : null)
  }

  return (
    <div className="author-picker">
      {current && <Avatar name={current.name} author={current} size="md" />}
      <div className="author-combo" ref={comboRef}>
        <button
          ref={buttonRef}
          type="button"
          className="field field-sm author-current"
          aria-haspopup="listbox"
          aria-expanded={open}
          aria-label={`${t('article.author')}: ${shown}`}
          title={shown}
          onClick={() => setOpen((o) => !o)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && !open) {
              e.preventDefault()
              setOpen(true)
            }
          }}
          data-testid="article-author"
        >
          <span className="author-current-name" dir={detectDirection(shown)} data-testid="article-author-name">
            {shown}
          </span>
          <span className="author-current-caret" aria-hidden="true">
            ▾
          </span>
        </button>
        {open && (
          <AuthorMenu
            authors={authors}
            authorId={authorId}
            onChoose={choose}
            onClose={() => {
              setOpen(false)
              buttonRef.current?.focus()
            }}
          />
        )}
      </div>
      {current && !creating && (
        <button
          type="button"
          className="btn btn-quiet btn-sm"
          aria-expanded={editingPicture}
          onClick={() => setEditingPicture((v) => !v)}
          data-testid="author-picture-edit"
        >
          {t('article.authorPictureEdit')}
        </button>
      )}
      {creating && (
        <AuthorForm
          onCancel={() => setCreating(false)}
          onSubmit={async (name, url) => {
            const author = await amud.createAuthor(name, url)
            setCreating(false)
            onAuthorsChanged()
            onChange(author.id)
          }}
        />
      )}
      {editingPicture && current && !creating && (
        <AuthorForm
          pictureOnly
          author={current}
          initialName={current.name}
          initialUrl={current.pictureUrl ?? ''}
          onCancel={() => setEditingPicture(false)}
          onSubmit={async (_name, url) => {
            await amud.setAuthorPicture(current.id, url)
            setEditingPicture(false)
            onAuthorsChanged()
          }}
        />
      )}
    </div>
  )
}

interface FormProps {
  pictureOnly?: boolean
  /** The author whose picture is being changed: their kept picture previews their saved address. */
  author?: AuthorWithCount
  initialName?: string
  initialUrl?: string
  onSubmit: (name: string, url: string | null) => Promise<void>
  onCancel: () => void
}

function AuthorForm({ pictureOnly = false, author, initialName = '', initialUrl = '', onSubmit, onCancel }: FormProps): React.JSX.Element {
  const { t, language } = useI18n()
  const [name, setName] = useState(initialName)
  const [url, setUrl] = useState(initialUrl)
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const trimmedUrl = url.trim()
  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault()
    if (!name.trim()) return setError(t('article.authorNameRequired'))
    if (trimmedUrl && !isHttpUrl(trimmedUrl)) return setError(t('article.authorPictureInvalid'))
    try {
      await onSubmit(name.trim(), trimmedUrl || null)
    } catch (err) {
      setError(errorText(err, language))
    }
  }
  return (
    <form className="author-form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()} data-testid="author-form">
      {!pictureOnly && (
        <input
          className="field"
          autoFocus
          dir="auto"
          aria-label={t('article.authorName')}
          placeholder={t('article.authorName')}
          value={name}
          onChange={(e) => (setName(e.target.value), setError(null))}
          data-testid="author-name"
        />
      )}
      <div className="author-url-row">
        <input
          className="field"
          dir="ltr"
          autoFocus={pictureOnly}
          inputMode="url"
          aria-label={t('article.authorPicture')}
          placeholder="https://"
          value={url}
          onChange={(e) => (setUrl(e.target.value), setError(null))}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          data-testid="author-picture"
        />
        <Avatar name={name} author={author && author.pictureUrl === trimmedUrl ? author : null} size="lg" label={t('article.authorPicturePreview')} />
      </div>
      <p className="author-picture-hint is-muted">{t('pictures.keptHint')}</p>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-sm" data-testid="author-save">
          {pictureOnly ? t('article.authorPictureSave') : t('article.authorCreate')}
        </button>
        <button type="button" className="btn btn-sm" onClick={onCancel}>
          {t('article.authorCancel')}
        </button>
      </div>
      <FieldError id={errorId} message={error} />
    </form>
  )
}
