// The header's switch for Arabic spelling: on by default, remembered for the window.
import { useI18n } from '../../../i18n'
import { setSpellingEnabled, useSpellingEnabled } from './spellingPref'

export function SpellingToggle(): React.JSX.Element {
  const { t } = useI18n()
  const enabled = useSpellingEnabled()
  return (
    <button type="button" className="btn btn-quiet btn-sm" aria-pressed={enabled} onClick={() => setSpellingEnabled(!enabled)} title={t('spelling.toggleTitle')} data-testid="toggle-spelling">
      {t('spelling.toggle')}
    </button>
  )
}
