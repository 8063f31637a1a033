// Above the list: check every article that is ready, and once some are checked, how many and
// the batch export of them.
import { useI18n } from '../../i18n'

interface Props {
  count: number
  onSelectReady: () => void
  onExport: () => void
  onClear: () => void
}

export function SelectionBar({ count, onSelectReady, onExport, onClear }: Props): React.JSX.Element {
  const { t, formatNumber } = useI18n()
  return (
    <div className="selection-bar" data-testid="selection-bar">
      {count === 0 ? (
        <button type="button" className="btn btn-quiet btn-sm" onClick={onSelectReady} data-testid="select-ready">
          {t('batch.selectReady')}
        </button>
      ) : (
        <>
          <span className="selection-count" role="status" data-testid="selection-count">
            {t('batch.selected', { count: formatNumber(count) })}
          </span>
          <button type="button" className="btn btn-primary btn-sm" onClick={onExport} data-testid="batch-export-open">
            {t('batch.export')}
          </button>
          <button type="button" className="btn btn-quiet btn-sm" onClick={onSelectReady} title={t('batch.selectReady')}>
            {t('batch.addReady')}
          </button>
          <button type="button" className="btn btn-quiet btn-sm" onClick={onClear} data-testid="selection-clear">
            {t('batch.clear')}
          </button>
        </>
      )}
    </div>
  )
}
