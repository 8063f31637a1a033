// The "status" filter of the library and of the desk view: every article status, or all of them.
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/model/article'
import { useI18n } from '../i18n'

interface Props {
  value: ArticleStatus | null | undefined
  onChange: (status: ArticleStatus | null) => void
  testId: string
}

export function StatusSelect({ value, onChange, testId }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <select className="field field-sm" value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as ArticleStatus | null)} data-testid={testId}>
      <option value="">{t('library.allStatuses')}</option>
      {ARTICLE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      ))}
    </select>
  )
}
