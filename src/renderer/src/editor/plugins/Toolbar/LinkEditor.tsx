// The link box (Electron has no window.prompt). Only http(s) and mailto are accepted; the
// refusal is said in words next to the field, not by a silently ignored click.
import { useId, useState } from 'react'
import { useI18n } from '../../../i18n'
import { isAllowedUrl, normalizeUrlInput } from '../../../lib/links'
import { FieldError } from '../../../components/FieldError'

interface Props {
  initial: string
  hasLink: boolean
  onApply: (url: string | null) => void
  onCancel: () => void
}

export function LinkEditor({ initial, hasLink, onApply, onCancel }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [value, setValue] = useState(initial)
  const [invalid, setInvalid] = useState(false)
  const errorId = useId()
  const submit = (e: React.FormEvent): void => {
    e.preventDefault()
    const url = normalizeUrlInput(value)
    if (!isAllowedUrl(url)) {
      setInvalid(true)
      return
    }
    onApply(url)
  }
  return (
    <form className="link-editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} data-testid="link-editor">
      <input
        className="field"
        dir="ltr"
        autoFocus
        type="text"
        inputMode="url"
        aria-label={t('toolbar.linkUrl')}
        placeholder="https://"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => (setValue(e.target.value), setInvalid(false))}
      />
      <button type="submit" className="btn btn-primary">
        {t('toolbar.linkApply')}
      </button>
      {hasLink && (
        <button type="button" className="btn" onClick={() => onApply(null)}>
          {t('toolbar.linkRemove')}
        </button>
      )}
      <button type="button" className="btn" onClick={onCancel}>
        {t('toolbar.linkCancel')}
      </button>
      <FieldError id={errorId} message={invalid && t('toolbar.linkInvalid')} />
    </form>
  )
}
