// The frame of a custom context menu: a role="menu" box placed and driven by useContextMenu.
// Its items are buttons with role="menuitem".
import type { ReactNode } from 'react'
import { useContextMenu, type MenuPlace } from './useContextMenu'

interface Props {
  at: MenuPlace
  onClose: () => void
  /** Classes added after `context-menu`. */
  className?: string
  label: string
  testId: string
  children: ReactNode
}

export function ContextMenu({ at, onClose, className, label, testId, children }: Props): React.JSX.Element {
  const { ref, place, onKeyDown } = useContextMenu(at, onClose)
  return (
    <div
      ref={ref}
      className={className ? `context-menu ${className}` : 'context-menu'}
      role="menu"
      aria-label={label}
      style={{ left: place.x, top: place.y }}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      {children}
    </div>
  )
}
