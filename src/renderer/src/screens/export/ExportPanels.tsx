// The export view and the publication preview, as the editor screen's side slot shows them:
// one or the other over the page, and the way back to the editor's own controls when a
// checklist fix needs the person (an author to choose, a picture to add).
import { useRef } from 'react'
import type { ArticleSession } from '../../session/session'
import { ExportView } from './ExportView'
import { PublicationPreview } from './PublicationPreview'

export type ExportMode = 'export' | 'preview'

interface Props {
  mode: ExportMode
  session: ArticleSession
  onMode: (mode: ExportMode | 'pullquotes' | null) => void
}

export function ExportPanels({ mode, session, onMode }: Props): React.JSX.Element {
  const rootRef = useRef<HTMLDivElement>(null)
  const close = (): void => onMode(null)

  const focusControl = (testId: 'article-author' | 'author-picture-edit'): void => {
    // Looked up before the view goes: the controls belong to this article's screen.
    const screen = rootRef.current?.closest('.editor-screen')
    requestAnimationFrame(() => {
      const wanted = screen?.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
      const target = wanted ?? screen?.querySelector<HTMLElement>('[data-testid="article-author"]')
      if (wanted && testId === 'author-picture-edit' && wanted.getAttribute('aria-expanded') !== 'true') wanted.click()
      else target?.focus()
    })
  }

  return (
    <div className="export-layer" ref={rootRef}>
      {mode === 'export' ? (
        <ExportView
          session={session}
          onClose={close}
          onPreview={() => onMode('preview')}
          onSuggestPullQuote={() => onMode('pullquotes')}
          onFocusControl={focusControl}
        />
      ) : (
        <PublicationPreview session={session} onBack={() => onMode('export')} onClose={close} />
      )}
    </div>
  )
}
