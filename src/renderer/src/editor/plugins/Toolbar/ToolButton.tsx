// One toolbar button: its name is both the accessible label and the tooltip (with the
// shortcut, if any), and an icon with a direction of its own (undo, lists) is mirrored.
import type { ReactNode } from 'react'
import { Icon, type IconName } from './icons'

interface Props {
  label: string
  shortcut?: string
  /** Classes added after `tb-btn`. */
  className?: string
  pressed?: boolean
  expanded?: boolean
  disabled?: boolean
  onClick: () => void
  testId?: string
  /** An icon, mirrored in right-to-left text when `mirror` is set… */
  icon?: IconName
  mirror?: boolean
  /** …or anything else. */
  children?: ReactNode
}

export function ToolButton({ label, shortcut, className, pressed, expanded, disabled, onClick, testId, icon, mirror, children }: Props): React.JSX.Element {
  const glyph =
    icon &&
    (mirror ? (
      <span className="icon-mirror">
        <Icon name={icon} />
      </span>
    ) : (
      <Icon name={icon} />
    ))
  return (
    <button
      type="button"
      className={className ? `tb-btn ${className}` : 'tb-btn'}
      aria-pressed={pressed}
      aria-expanded={expanded}
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      data-testid={testId}
    >
      {glyph}
      {children}
    </button>
  )
}
