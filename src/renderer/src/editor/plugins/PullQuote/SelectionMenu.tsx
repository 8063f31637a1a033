// A small context menu over selected body text. A page cannot add an item to the browser's
// own menu (and Electron shows none), so this replaces it while text is selected; Shift with
// the right click still opens the native one.
import { ContextMenu } from '../../../components/ContextMenu'
import type { MenuPlace } from '../../../components/useContextMenu'
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
  return (
    <ContextMenu at={at} onClose={onClose} label={t('pullquote.menu')} testId="selection-menu">
      <button type="button" role="menuitem" className="context-item" onClick={onUse} data-testid="menu-use-as-pullquote">
        <span>{t('pullquote.useSelection')}</span>
        <kbd dir="ltr">{PULL_QUOTE_SHORTCUT}</kbd>
      </button>
      <button type="button" role="menuitem" className="context-item" onClick={onCopy}>
        <span>{t('pullquote.copy')}</span>
        <kbd dir="ltr">Ctrl+C</kbd>
      </button>
    </ContextMenu>
  )
}
