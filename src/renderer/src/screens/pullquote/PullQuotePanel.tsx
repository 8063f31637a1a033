// Proposed pull quotes for the article, best first (the ranking is docs/pull-quotes.md). Point
// at one to see its sentence tinted in the body; choose one to make it the pull quote, with an
// undo here (and Ctrl+Z in the field). The list follows the body as it is edited.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect, useRef } from 'react'
import { MATCH_SHARE, overlapShare, type PullQuoteCandidate } from '../../../../shared/pullquote'
import { revealRange } from '../../editor/body/spans/dom'
import { clearCandidate, showCandidate } from '../../editor/body/spans/candidate'
import { useCandidates, usePullQuoteStatus } from '../../editor/plugins/PullQuote'
import { useI18n } from '../../i18n'
import type { PullQuoteChoice } from '../editor/usePullQuoteChoice'
import { CandidateCard, type Pointing } from './CandidateCard'
import { SidePanel } from '../../components/SidePanel'
import './pullquote.css'

/** A pointer resting this long on a proposal scrolls the body to it; passing over does not. */
const HOVER_DWELL_MS = 400

interface Props {
  quote: string
  choice: PullQuoteChoice
  onClose: () => void
}

export function PullQuotePanel({ quote, choice, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [editor] = useLexicalComposerContext()
  const candidates = useCandidates()
  const { location } = usePullQuoteStatus(quote)
  const undoRef = useRef<HTMLButtonElement>(null)

  const dwell = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(
    () => () => {
      clearTimeout(dwell.current)
      clearCandidate()
    },
    []
  )

  const isCurrent = (c: PullQuoteCandidate): boolean =>
    location.state === 'found' && overlapShare(c, { paragraph: location.paragraph!, start: location.start!, end: location.end! }) >= MATCH_SHARE

  // Keyboard focus reveals the sentence at once; the mouse only after it rests, so running the
  // pointer down the list does not jerk the page about.
  const point = (c: PullQuoteCandidate, how: Pointing): void => {
    clearTimeout(dwell.current)
    if (how === null) return clearCandidate()
    const range = showCandidate(editor, c)
    if (!range) return
    if (how === 'focus') revealRange(editor, range, { onlyIfHidden: true, smooth: true })
    else dwell.current = setTimeout(() => revealRange(editor, range, { onlyIfHidden: true, smooth: true }), HOVER_DWELL_MS)
  }

  return (
    <SidePanel className="pq-panel" headingId="pullquote-heading" title={t('pullquote.title')} testId="pullquote-panel" onClose={onClose}>
      {choice.canUndo && (
        <p className="pq-undo" role="status">
          <span>{t('pullquote.set')}</span>
          <button
            ref={undoRef}
            type="button"
            className="btn btn-sm"
            onClick={() => choice.undo()}
            title={t('pullquote.undoTitle')}
            data-testid="pullquote-undo"
          >
            {t('pullquote.undo')}
          </button>
        </p>
      )}
      {candidates === null ? (
        <p className="list-note">{t('pullquote.ranking')}</p>
      ) : candidates.length === 0 ? (
        <p className="list-note" data-testid="pullquote-none">
          {t('pullquote.empty')}
        </p>
      ) : (
        <>
          <p className="list-note pq-hint">{t('pullquote.hint')}</p>
          <ol className="pq-list" aria-label={t('pullquote.list')}>
            {candidates.map((c, i) => (
              <CandidateCard
                key={`${c.paragraph}:${c.start}:${c.end}`}
                candidate={c}
                rank={i + 1}
                current={isCurrent(c)}
                onChoose={() => {
                  choice.choose(c.text)
                  // The chosen card's button gives way to a "current" mark: keep keyboard focus in the panel.
                  requestAnimationFrame(() => undoRef.current?.focus())
                }}
                onPoint={(how) => point(c, how)}
              />
            ))}
          </ol>
        </>
      )}
    </SidePanel>
  )
}
