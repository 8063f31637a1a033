// The save indicator. Tests and people read the same thing: data-state is saved, saving or
// error, and the label says it in words (with the reason when saving failed). Only a failure
// is announced to screen readers: an announcement per autosave would drown the writing.
import type { SaveStatus } from '../../session/session'
import { useI18n } from '../../i18n'

export function saveStateOf(status: SaveStatus): 'saved' | 'saving' | 'error' {
  if (status.kind === 'saved') return 'saved'
  if (status.kind === 'error' || status.kind === 'conflict') return 'error'
  return 'saving'
}

export function SaveState({ status, onRetry }: { status: SaveStatus; onRetry: () => void }): React.JSX.Element {
  const { t } = useI18n()
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
            : t('save.error', { reason: status.message })
  return (
    <span className={`save-state save-${state}`} data-testid="save-state" data-state={state} aria-live={state === 'error' ? 'assertive' : 'off'}>
      <span className="save-dot" aria-hidden="true" />
      <span className="save-label">{label}</span>
      {status.kind === 'error' && (
        <button type="button" className="btn btn-sm" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </span>
  )
}
