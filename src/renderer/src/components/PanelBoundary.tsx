// One failing panel must not blank the window: each panel renders inside its own boundary,
// which shows the reason and a retry in place of the panel.
import { Component, type ReactNode } from 'react'
import { useI18n } from '../i18n'

interface Props {
  name: string
  children: ReactNode
}

interface State {
  error: Error | null
}

function Fallback({ error, onRetry }: { error: Error; onRetry: () => void }): React.JSX.Element {
  const { t } = useI18n()
  return (
    <div className="panel-failed" role="alert">
      <p>{t('panel.failed', { reason: error.message })}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </div>
  )
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error): void {
    // Kept for whoever opens the developer tools; the panel itself already says what failed.
    console.warn(`[amud] panel "${this.props.name}" failed:`, error)
  }

  override render(): ReactNode {
    if (this.state.error) return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />
    return this.props.children
  }
}
