// Language, theme, zoom and pictures from the network: small, out of the way, always reachable.
import { useI18n } from '../i18n'
import { THEME_CHOICES, type ThemeChoice } from '../settings/theme'
import type { Zoom } from '../settings/zoom'
import { useState } from 'react'
import { ConnectDialog } from '../screens/desk/ConnectDialog'
import { PictureSetting } from './PictureSetting'

interface Props {
  theme: ThemeChoice
  onTheme: (t: ThemeChoice) => void
  zoom: Zoom
}

export function AppSettings({ theme, onTheme, zoom }: Props): React.JSX.Element {
  const { t, language, setLanguage, formatNumber } = useI18n()
  const [desk, setDesk] = useState(false)
  return (
    <div className="app-settings">
      <button
        type="button"
        className="btn btn-quiet btn-sm"
        lang={language === 'ar' ? 'en' : 'ar'}
        aria-label={t('app.languageLabel')}
        onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}
        data-testid="language-toggle"
      >
        {t('app.language')}
      </button>
      <select className="field field-sm" aria-label={t('app.theme')} value={theme} onChange={(e) => onTheme(e.target.value as ThemeChoice)} data-testid="theme">
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`app.theme.${c}`)}
          </option>
        ))}
      </select>
      <span className="zoom-group" role="group" aria-label={t('app.zoomReset', { percent: `${formatNumber(Math.round(zoom.level * 100))}%` })}>
        <button type="button" className="btn btn-icon btn-sm" aria-label={t('app.zoomOut')} title={`${t('app.zoomOut')} (Ctrl+−)`} onClick={zoom.zoomOut}>
          −
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-sm zoom-level"
          aria-label={t('app.zoomReset', { percent: `${formatNumber(Math.round(zoom.level * 100))}%` })}
          onClick={zoom.reset}
          data-testid="zoom-reset"
        >
          {formatNumber(Math.round(zoom.level * 100))}٪
        </button>
        <button type="button" className="btn btn-icon btn-sm" aria-label={t('app.zoomIn')} title={`${t('app.zoomIn')} (Ctrl++)`} onClick={zoom.zoomIn}>
          +
        </button>
      </span>
      <PictureSetting />
      <button type="button" className="btn btn-quiet btn-sm" onClick={() => setDesk(true)} data-testid="desk-settings">
        {t('desk.settings')}
      </button>
      {desk && <ConnectDialog onClose={() => setDesk(false)} />}
    </div>
  )
}
