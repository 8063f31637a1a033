// A small context menu over selected body text. A page cannot add an item to the browser's
// own menu (and Electron shows none), so this replaces it while text is selected; Shift with
// the right click still opens the native one.
import { useContextMenu, type MenuPlace } from '../../../components/useContextMenu'
import { useI18n } from '../../../i18n'
import { PULL_QUOTE_SHORTCUT } from './commands'

export type { MenuPlace }

interface Props {
  at: MenuPlace
  onUse: () => void
  onCopy: () => void
  onClose: () => void
}

export function SelectionMenu({ at, onUse, onCopy, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const { ref, place, onKeyDown } = useContextMenu(at, onClose)

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('pullquote.menu')}
      style={{ left: place.x, top: place.y }}
      onKeyDown={onKeyDown}
      data-testid="selection-menu"
    >
      <button type="button" role="menuitem" className="context-item" onClick={onUse} data-testid="menu-use-as-pullquote">
        <span>{t('pullquote.useSelection')}</span>
        <kbd dir="ltr">{PULL_QUOTE_SHORTCUT}</kbd>
      </button>
      <button type="button" role="menuitem" className="context-item" onClick={onCopy}>
        <span>{t('pullquote.copy')}</span>
        <kbd dir="ltr">Ctrl+C</kbd>
      </button>
    </div>
  )
}
