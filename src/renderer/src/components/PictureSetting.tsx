// "No pictures from the network": a choice kept in the library, so every window and host that
// opens it obeys it. On, the host fetches no author picture at all; pictures already kept are
// still shown (they come from the library, not from a site).
import { useEffect, useState } from 'react'
import { amud } from '../api'
import { useI18n } from '../i18n'

export function PictureSetting(): React.JSX.Element {
  const { t } = useI18n()
  const [never, setNever] = useState<boolean | null>(null)
  useEffect(() => {
    let live = true
    amud.pictureSettings().then(
      (s) => live && setNever(s.neverFromNetwork),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [])
  const change = (value: boolean): void => {
    setNever(value)
    // The library's answer is the truth: a refused change shows the choice as it still is.
    amud.setPictureSettings({ neverFromNetwork: value }).then(
      (s) => setNever(s.neverFromNetwork),
      () => setNever(!value)
    )
  }
  return (
    <label className="app-setting-check btn btn-quiet btn-sm" title={t('pictures.neverFromNetworkHint')}>
      <input type="checkbox" checked={never ?? false} disabled={never === null} onChange={(e) => change(e.target.checked)} data-testid="pictures-never" />
      {t('pictures.neverFromNetwork')}
    </label>
  )
}
