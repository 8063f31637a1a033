// Title and pull quote, set on the page above the body as they will read in print.
import { useEffect, useRef } from 'react'
import type { MetaFields } from '../../session/session'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'

interface Props {
  fields: MetaFields
  onTitle: (v: string) => void
  onPullQuote: (v: string) => void
  onEnterBody: () => void
  autoFocus?: boolean
}

export function ArticleHeader({ fields, onTitle, onPullQuote, onEnterBody, autoFocus = false }: Props): React.JSX.Element {
  const { t } = useI18n()
  const titleRef = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (autoFocus) titleRef.current?.focus()
  }, [autoFocus])
  return (
    <header className="page-head">
      <textarea
        ref={titleRef}
        className="title-input"
        rows={1}
        dir={detectDirection(fields.title)}
        aria-label={t('article.title')}
        placeholder={t('article.titlePlaceholder')}
        value={fields.title}
        onChange={(e) => onTitle(e.target.value.replace(/[\r\n]+/g, ' '))}
        onKeyDown={(e) => {
          // A title is one line: Enter moves on to the text.
          if (e.key === 'Enter') {
            e.preventDefault()
            onEnterBody()
          }
        }}
        data-testid="article-title"
      />
      <label className="pull-quote">
        <span className="pull-quote-label">{t('article.pullQuote')}</span>
        <textarea
          className="pull-quote-input"
          rows={2}
          dir={detectDirection(fields.pullQuote)}
          placeholder={t('article.pullQuotePlaceholder')}
          value={fields.pullQuote}
          onChange={(e) => onPullQuote(e.target.value)}
          data-testid="pull-quote"
        />
      </label>
    </header>
  )
}
