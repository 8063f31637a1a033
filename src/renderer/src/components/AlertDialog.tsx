// A question the person must answer before going on (role="alertdialog"): a title, what
// happened, what to compare, the choices, and why the last choice failed. The first choice
// has the focus when the dialog opens, and again whenever `focusKey` changes.
import { useEffect, useRef, type ReactNode } from 'react'
import { FieldError } from './FieldError'

interface Props {
  /** Prefix of the title's and body's ids: `${id}-title`, `${id}-body`. */
  id: string
  /** Classes added after `dialog`. */
  className?: string
  testId: string
  title: string
  body: string
  actions: ReactNode
  error: string | null
  focusKey?: unknown
  children: ReactNode
}

export function AlertDialog({ id, className, testId, title, body, actions, error, focusKey, children }: Props): React.JSX.Element {
  const actionsRef = useRef<HTMLDivElement>(null)
  useEffect(() => actionsRef.current?.querySelector('button')?.focus(), [focusKey])
  return (
    <div className="dialog-backdrop">
      <div
        className={className ? `dialog ${className}` : 'dialog'}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-testid={testId}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-body`}>{body}</p>
        {children}
        <div className="dialog-actions" ref={actionsRef}>
          {actions}
        </div>
        <FieldError message={error} />
      </div>
    </div>
  )
}
