// The editor's side panels (comments, revisions, dictionary…) share one frame: an <aside>
// named by its heading, with a close button in the header. Kept here so they stay alike.
import type { ReactNode } from 'react'
import { useI18n } from '../i18n'

interface Props {
  /** Classes added after `side-panel`, e.g. `comments-panel`. */
  className?: string
  headingId: string
  title: string
  testId: string
  onClose: () => void
  children: ReactNode
}

export function SidePanel({ className, headingId, title, testId, onClose, children }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <aside className={className ? `side-panel ${className}` : 'side-panel'} aria-labelledby={headingId} data-testid={testId}>
      <header className="side-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="btn btn-icon" aria-label={t('article.closePanel')} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </aside>
  )
}
