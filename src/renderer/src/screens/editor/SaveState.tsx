// The save indicator. Tests and people read the same thing: data-state is saved, saving or
// error, and the label says it in words (with the reason when saving failed). Only a failure
// is announced to screen readers: an announcement per autosave would drown the writing.
import type { SaveStatus } from '../../session/session'
import { useI18n } from '../../i18n'
import { ARTICLE_LIMITS } from '../../../../shared/model/limits'
import { errorText } from '../../../../shared/model/errors'

export function saveStateOf(status: SaveStatus): 'saved' | 'saving' | 'error' {
  if (status.kind === 'saved') return 'saved'
  if (status.kind === 'error' || status.kind === 'conflict') return 'error'
  return 'saving'
}

type T = ReturnType<typeof useI18n>['t']

/** A field the library refused, said in the interface language: which field, its limit, and that the text is safe. */
function refusedLabel(refused: readonly string[], t: T): string {
  if (refused.length === 1 && refused[0] === 'title') return t('save.refused.title', { max: ARTICLE_LIMITS.title })
  if (refused.length === 1 && refused[0] === 'pullQuote') return t('save.refused.pullQuote', { max: ARTICLE_LIMITS.pullQuote })
  return t('save.refused.fields')
}

export function SaveState({ status, onRetry }: { status: SaveStatus; onRetry: () => void }): React.JSX.Element {
  const { t, language } = useI18n()
  const state = saveStateOf(status)
  const label =
    status.kind === 'saved'
      ? t('save.saved')
      : status.kind === 'saving'
        ? t('save.saving')
        : status.kind === 'dirty'
          ? t('save.unsaved')
          : status.kind === 'conflict'
            ? t('save.conflict')
            : status.refused
              ? refusedLabel(status.refused, t)
              : t('save.error', { reason: errorText(status, language) })
  return (
    <span className={`save-state save-${state}`} data-testid="save-state" data-state={state} aria-live={state === 'error' ? 'assertive' : 'off'}>
      <span className="save-dot" aria-hidden="true" />
      <span className="save-label">{label}</span>
      {status.kind === 'error' && !status.refused && (
        <button type="button" className="btn btn-sm" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </span>
  )
}
