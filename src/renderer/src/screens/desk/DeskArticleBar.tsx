// In the editor's header: where the article stands on the desk (who has it, its status),
// who else has it open now, and "Send to the desk". Nothing shows while no desk is joined.
import { useState } from 'react'
import { useI18n } from '../../i18n'
import { useDeskStatus } from './deskStore'
import { SendDialog } from './SendDialog'
import { useDeskArticle } from './useDeskArticle'
import './desk.css'

export function DeskArticleBar({ articleId }: { articleId: string }): React.JSX.Element | null {
  const { t } = useI18n()
  const status = useDeskStatus()
  const { info, others, setInfo } = useDeskArticle(articleId)
  const [sending, setSending] = useState(false)
  if (!status || status.state === 'unlinked') return null
  const onDesk = info !== null && !info.notYetSent
  return (
    <div className="desk-article" data-testid="desk-article">
      {onDesk && (
        <span className="desk-article-info" data-testid="desk-article-info">
          {info.assignedTo ? t('desk.article.with', { editor: info.assignedTo }) : t('desk.article.onDesk')}
          {info.owner && ` · ${t('desk.article.owner', { owner: info.owner })}`}
          {info.status && ` · ${t('desk.article.status', { status: t(`status.${info.status}`) })}`}
          {info.waiting && ` · ${t('desk.article.waiting')}`}
        </span>
      )}
      {info?.notYetSent && <span className="desk-article-info">{t('desk.article.notYetSent')}</span>}
      {others.length > 0 && status.state !== 'offline' && (
        <span className="desk-presence" role="status" data-testid="desk-presence">
          {t('desk.presence', { names: others.join('، ') })}
        </span>
      )}
      {status.role === 'columnist' || !onDesk ? (
        <button type="button" className="btn btn-sm" onClick={() => setSending(true)} data-testid="desk-send-open">
          {t('desk.send.open')}
        </button>
      ) : null}
      {sending && <SendDialog articleId={articleId} onSent={setInfo} onClose={() => setSending(false)} />}
    </div>
  )
}
