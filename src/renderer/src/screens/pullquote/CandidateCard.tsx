// One proposed pull quote: its text as it would read on the page, a score bar, and why it
// scored so. Pointing at it (mouse or keyboard focus) tints its sentence in the body.
import type { PullQuoteCandidate } from '../../../../shared/pullquote'
import { useI18n } from '../../i18n'

/**
 * The score a bar fills at. Strong candidates score 4–5 (a good length, a question, a contrast, a
 * first-person voice), so a fixed scale keeps bars comparable from one article to the next,
 * where scaling to the best candidate would make every article's first bar look perfect.
 */
export const FULL_SCORE = 6

export function scoreShare(score: number): number {
  return Math.max(0.03, Math.min(1, score / FULL_SCORE))
}

/** How the writer points at a card: with the mouse, with keyboard focus, or no longer. */
export type Pointing = 'hover' | 'focus' | null

interface Props {
  candidate: PullQuoteCandidate
  rank: number
  current: boolean
  onChoose: () => void
  onPoint: (how: Pointing) => void
}

export function CandidateCard({ candidate: c, rank, current, onChoose, onPoint }: Props): React.JSX.Element {
  const { t, formatNumber } = useI18n()
  const whyId = `pq-why-${rank}`
  const signed = (w: number): string => `${w > 0 ? '+' : '−'}${formatNumber(Math.abs(w))}`
  return (
    <li
      className="pq-card"
      aria-current={current || undefined}
      onMouseEnter={() => onPoint('hover')}
      onMouseLeave={() => onPoint(null)}
      onFocus={() => onPoint('focus')}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onPoint(null)
      }}
      data-testid="pullquote-candidate"
      data-score={c.score}
    >
      <div className="pq-card-head">
        <span className="pq-rank" aria-label={t('pullquote.rank', { rank })}>
          {formatNumber(rank)}
        </span>
        <span
          className={`pq-bar${c.score <= 0 ? ' is-low' : ''}`}
          role="img"
          aria-label={t('pullquote.score', { score: formatNumber(c.score) })}
          data-testid="pullquote-score"
        >
          <span className="pq-bar-fill" style={{ inlineSize: `${scoreShare(c.score) * 100}%` }} />
        </span>
        <span className="pq-score" aria-hidden="true" dir="ltr">
          {c.score < 0 ? signed(c.score) : formatNumber(c.score)}
        </span>
      </div>
      <blockquote className="pq-text" dir="auto">
        {c.text}
      </blockquote>
      <ul className="pq-reasons" id={whyId} aria-label={t('pullquote.reasons')}>
        {c.reasons.map((r) => (
          <li key={r.code} className={r.weight > 0 ? 'is-plus' : 'is-minus'} data-code={r.code}>
            <span className="pq-weight" dir="ltr">
              {signed(r.weight)}
            </span>
            {t(r.said)}
          </li>
        ))}
      </ul>
      <div className="pq-card-foot">
        <span className="pq-words">{t('pullquote.words', { count: c.words })}</span>
        {current ? (
          <span className="pq-current">{t('pullquote.current')}</span>
        ) : (
          <button type="button" className="btn btn-sm pq-choose" onClick={onChoose} aria-describedby={whyId} data-testid="pullquote-choose">
            {t('pullquote.choose')}
          </button>
        )}
      </div>
    </li>
  )
}
