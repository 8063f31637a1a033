// Title and pull quote, set on the page above the body as they will read in print. Rendered
// inside the editor's composer: the pull quote's state reads the body from it.
import { useEffect, useRef } from 'react'
import type { MetaFields } from '../../session/session'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { ARTICLE_LIMITS } from '../../../../shared/model/limits'
import { PullQuoteField } from './PullQuoteField'
import type { PullQuoteChoice } from './usePullQuoteChoice'

interface Props {
  fields: MetaFields
  onTitle: (v: string) => void
  onPullQuote: (v: string) => void
  onEnterBody: () => void
  pullQuoteChoice: PullQuoteChoice
  autoFocus?: boolean
}

export function ArticleHeader({ fields, onTitle, onPullQuote, onEnterBody, pullQuoteChoice, autoFocus = false }: Props): React.JSX.Element {
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
        maxLength={ARTICLE_LIMITS.title}
        aria-invalid={fields.title.length > ARTICLE_LIMITS.title || undefined}
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
      {fields.title.length >= ARTICLE_LIMITS.title && (
        <p className="field-limit" role="status" data-testid="title-limit">
          {t('article.titleAtLimit', { max: ARTICLE_LIMITS.title })}
        </p>
      )}
      <PullQuoteField value={fields.pullQuote} onChange={onPullQuote} choice={pullQuoteChoice} />
    </header>
  )
}
