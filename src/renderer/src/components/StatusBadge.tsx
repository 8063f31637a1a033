import type { ArticleStatus } from '../../../shared/model/article'
import { useI18n } from '../i18n'

export function StatusBadge({ status }: { status: ArticleStatus }): React.JSX.Element {
  const { t } = useI18n()
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>
}
