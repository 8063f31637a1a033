// The context menu over an underlined word: up to five suggestions, "add to my dictionary" and
// "ignore in this article"; over a hamza slip also "fix all hamza slips" (those with one fix).
// It replaces the browser's menu (Shift + right click still opens it).
import { useI18n } from '../../../i18n'
import { ContextMenu } from '../../../components/ContextMenu'
import type { MenuPlace } from '../../../components/useContextMenu'

interface Props {
  at: MenuPlace
  word: string
  suggestions: readonly string[]
  /** A wrong phrase: there is no word to add or ignore. */
  phrase?: boolean
  /** Over a hamza slip: how many hamza slips of the article "fix all" would fix (undefined elsewhere). */
  hamzaSlips?: number
  onFixAllHamza?: () => void
  onReplace: (word: string) => void
  onAdd: () => void
  onIgnore: () => void
  onClose: () => void
}

export function SpellingMenu({
  at,
  word,
  suggestions,
  phrase = false,
  hamzaSlips,
  onFixAllHamza,
  onReplace,
  onAdd,
  onIgnore,
  onClose
}: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <ContextMenu at={at} onClose={onClose} className="spelling-menu" label={t('spelling.menu', { word })} testId="spelling-menu">
      {suggestions.length === 0 && <p className="spelling-none">{t('spelling.noSuggestions')}</p>}
      {suggestions.slice(0, 5).map((s) => (
        <button
          key={s}
          type="button"
          role="menuitem"
          className="context-item spelling-suggestion"
          onClick={() => onReplace(s)}
          data-testid="spelling-suggestion"
        >
          <span>{s}</span>
        </button>
      ))}
      {hamzaSlips !== undefined && (
        <>
          <hr className="context-separator" />
          <p className="spelling-kind">{t('spelling.hamzaKind')}</p>
          <button
            type="button"
            role="menuitem"
            className="context-item"
            disabled={hamzaSlips === 0}
            onClick={onFixAllHamza}
            title={t('spelling.fixAllHamzaTitle')}
            data-testid="spelling-fix-all-hamza"
          >
            <span>{t('spelling.fixAllHamza', { count: hamzaSlips })}</span>
          </button>
        </>
      )}
      {!phrase && (
        <>
          <hr className="context-separator" />
          <button type="button" role="menuitem" className="context-item" onClick={onAdd} data-testid="spelling-add">
            <span>{t('spelling.add')}</span>
          </button>
          <button type="button" role="menuitem" className="context-item" onClick={onIgnore} data-testid="spelling-ignore">
            <span>{t('spelling.ignore')}</span>
          </button>
        </>
      )}
    </ContextMenu>
  )
}
