// The pull quote on the page: the field, its word count, and whether the body still holds it,
// with a jump to where it stands, a way to take the body's words again once they were changed
// there, or a warning once an edit of the body has taken it away.
// Ctrl+Z here first takes back a pull quote set by a click (see usePullQuoteChoice).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useId } from 'react'
import { bodySpan, pullQuoteView } from '../../editor/plugins/PullQuote'
import { selectSpan } from '../../editor/body/spans/dom'
import { usePullQuoteStatus } from '../../editor/plugins/PullQuote'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { ARTICLE_LIMITS } from '../../../../shared/model/limits'
import type { PullQuoteChoice } from './usePullQuoteChoice'
import '../pullquote/pullquote.css'

interface Props {
  value: string
  onChange: (v: string) => void
  choice: PullQuoteChoice
}

export function PullQuoteField({ value, onChange, choice }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [editor] = useLexicalComposerContext()
  const id = useId()
  const { state: located, words, location, paragraphs } = usePullQuoteStatus(value)
  const state = pullQuoteView({ state: located, location })
  const fromBody = state === 'differs' ? bodySpan(paragraphs, location, value) : null

  const show = (): void => {
    if (location.state !== 'found') return
    const { paragraph, start, end } = location as Required<typeof location>
    selectSpan(editor, { paragraph, start, end, text: paragraphs[paragraph]?.slice(start, end) ?? '' })
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>): void => {
    // By physical key, as the app's other shortcuts: an Arabic layout reports "ئ" for Z.
    if (e.code !== 'KeyZ' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return
    if (choice.canUndo) {
      e.preventDefault()
      choice.undo()
    }
  }

  return (
    <div className="pull-quote">
      <div className="pull-quote-head">
        <label className="pull-quote-label" htmlFor={`${id}-field`}>
          {t('article.pullQuote')}
        </label>
        <span className={`pq-state is-${state}`} data-testid="pullquote-state" data-state={state} aria-live="polite">
          <span className="pq-state-dot" aria-hidden="true" />
          <span>{t(`pullquote.state.${state}`)}</span>
          {state !== 'empty' && <span data-testid="pullquote-words">{t('pullquote.words', { count: words })}</span>}
          {(state === 'found' || state === 'differs') && (
            <button type="button" className="link-btn" onClick={show} data-testid="pullquote-show">
              {t('pullquote.show')}
            </button>
          )}
          {fromBody !== null && (
            // One undoable choice, as a proposal's: Ctrl+Z in the field brings the old words back.
            <button type="button" className="link-btn" onClick={() => choice.choose(fromBody)} title={fromBody} data-testid="pullquote-update">
              {t('pullquote.updateFromBody')}
            </button>
          )}
        </span>
      </div>
      <textarea
        id={`${id}-field`}
        className="pull-quote-input"
        rows={2}
        dir={detectDirection(value)}
        placeholder={t('article.pullQuotePlaceholder')}
        value={value}
        maxLength={ARTICLE_LIMITS.pullQuote}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={state === 'missing' ? `${id}-warning` : undefined}
        aria-invalid={state === 'missing' || undefined}
        data-testid="pull-quote"
      />
      {value.length >= ARTICLE_LIMITS.pullQuote && (
        <p className="field-limit" role="status" data-testid="pullquote-limit">
          {t('article.pullQuoteAtLimit', { max: ARTICLE_LIMITS.pullQuote })}
        </p>
      )}
      {state === 'missing' && (
        <p className="pq-warning" id={`${id}-warning`} data-testid="pullquote-missing">
          {t('pullquote.missingWarning')}
        </p>
      )}
    </div>
  )
}
