// The context menu over an underlined word: up to five suggestions, "add to my dictionary" and
// "ignore in this article". It replaces the browser's menu (Shift + right click still opens it).
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useI18n } from '../../../i18n'
import type { MenuPlace } from '../PullQuote/SelectionMenu'

interface Props {
  at: MenuPlace
  word: string
  suggestions: readonly string[]
  /** A wrong phrase: there is no word to add or ignore. */
  phrase?: boolean
  onReplace: (word: string) => void
  onAdd: () => void
  onIgnore: () => void
  onClose: () => void
}

export function SpellingMenu({ at, word, suggestions, phrase = false, onReplace, onAdd, onIgnore, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState(at)

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const box = el.getBoundingClientRect()
    const x = getComputedStyle(el).direction === 'rtl' ? at.x - box.width : at.x
    setPlace({ x: Math.max(4, Math.min(x, window.innerWidth - box.width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - box.height - 4)) })
    el.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [at])

  useEffect(() => {
    const away = (e: Event): void => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    const close = (): void => onClose()
    window.addEventListener('pointerdown', away, true)
    window.addEventListener('blur', close)
    window.addEventListener('resize', close)
    return () => {
      window.removeEventListener('pointerdown', away, true)
      window.removeEventListener('blur', close)
      window.removeEventListener('resize', close)
    }
  }, [onClose])

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])
    const i = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      onClose()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
    }
  }

  return (
    <div ref={ref} className="context-menu spelling-menu" role="menu" aria-label={t('spelling.menu', { word })} style={{ left: place.x, top: place.y }} onKeyDown={onKeyDown} data-testid="spelling-menu">
      {suggestions.length === 0 && <p className="spelling-none">{t('spelling.noSuggestions')}</p>}
      {suggestions.slice(0, 5).map((s) => (
        <button key={s} type="button" role="menuitem" className="context-item spelling-suggestion" onClick={() => onReplace(s)} data-testid="spelling-suggestion">
          <span>{s}</span>
        </button>
      ))}
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
    </div>
  )
}
