// The find bar (Ctrl+F, Ctrl+H, the menu's Find / Replace), a view of useFindReplace: the
// query, the count, next/previous, the options and the replace row. Matching folds Arabic
// spelling differences unless "exact" is ticked (src/shared/arabic/find.ts); the keys are
// Enter / Shift+Enter to step, Ctrl+Enter to replace all, Escape to hand the match to the text.
import { useRef } from 'react'
import { useI18n } from '../../../i18n'
import { useFindReplace, type FindOption } from './useFindReplace'
import './findReplace.css'

const OPTIONS: { name: FindOption; testId: string; label: 'find.exact' | 'find.wholeWord' | 'find.matchCase' }[] = [
  { name: 'exact', testId: 'find-exact', label: 'find.exact' },
  { name: 'wholeWord', testId: 'find-whole-word', label: 'find.wholeWord' },
  { name: 'matchCase', testId: 'find-match-case', label: 'find.matchCase' }
]

const STEPS: { by: 1 | -1; testId: string; label: 'find.previous' | 'find.next'; arrow: string }[] = [
  { by: -1, testId: 'find-prev', label: 'find.previous', arrow: '↑' },
  { by: 1, testId: 'find-next', label: 'find.next', arrow: '↓' }
]

interface FindInputProps {
  ref?: React.Ref<HTMLInputElement>
  testId: string
  type: 'search' | 'text'
  label: string
  value: string
  onChange: (value: string) => void
  onKeyDown: (e: React.KeyboardEvent) => void
}

// The query and the replacement: their label is also their placeholder; either script.
function FindInput({ ref, testId, type, label, value, onChange, onKeyDown }: FindInputProps): React.JSX.Element {
  return (
    <input
      ref={ref}
      className="find-input"
      data-testid={testId}
      type={type}
      dir="auto"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
    />
  )
}

export function FindReplacePlugin(): React.JSX.Element | null {
  const { t } = useI18n()
  const queryRef = useRef<HTMLInputElement>(null)
  const find = useFindReplace(queryRef)
  if (!find.open) return null
  const { matches, current, query } = find
  const none = matches.length === 0

  const onQueryKey = (e: React.KeyboardEvent): void => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    find.step(e.shiftKey ? -1 : 1)
  }
  const onReplaceKey = (e: React.KeyboardEvent): void => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    if (e.ctrlKey || e.metaKey) find.replaceAll()
    else find.replaceOne()
  }
  const onBarKey = (e: React.KeyboardEvent): void => {
    // Escape from anywhere in the bar: the inputs, a checkbox or a button.
    if (e.key !== 'Escape' || e.defaultPrevented) return
    e.preventDefault()
    find.close()
  }
  const count = query === '' ? '' : none ? t('find.none') : t('find.count', { current: current + 1, total: matches.length })

  return (
    <div className="find-bar" data-testid="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onBarKey}>
      <div className="find-row">
        <FindInput ref={queryRef} testId="find-input" type="search" label={t('find.query')} value={query} onChange={find.setQuery} onKeyDown={onQueryKey} />
        <span className="find-count" data-testid="find-count" aria-live="polite" data-current={current + 1} data-total={matches.length}>
          {count}
        </span>
        {STEPS.map(({ by, testId, label, arrow }) => (
          <button
            key={testId}
            type="button"
            className="tb-btn"
            data-testid={testId}
            title={t(label)}
            aria-label={t(label)}
            disabled={none}
            onClick={() => find.step(by)}
          >
            {arrow}
          </button>
        ))}
        {OPTIONS.map(({ name, testId, label }) => (
          <label key={name} className="find-option">
            <input type="checkbox" data-testid={testId} checked={find.options[name]} onChange={(e) => find.setOption(name, e.target.checked)} />
            {t(label)}
          </label>
        ))}
        <button
          type="button"
          className="tb-btn"
          data-testid="find-toggle-replace"
          aria-expanded={find.mode === 'replace'}
          onClick={() => find.setMode(find.mode === 'replace' ? 'find' : 'replace')}
        >
          {t('find.replaceToggle')}
        </button>
        <button type="button" className="tb-btn find-close" data-testid="find-close" title={t('find.close')} aria-label={t('find.close')} onClick={find.close}>
          ×
        </button>
      </div>
      {find.mode === 'replace' && (
        <div className="find-row">
          <FindInput
            testId="replace-input"
            type="text"
            label={t('find.replacement')}
            value={find.replacement}
            onChange={find.setReplacement}
            onKeyDown={onReplaceKey}
          />
          <button type="button" className="tb-btn" data-testid="replace-one" disabled={none} onClick={find.replaceOne}>
            {t('find.replaceOne')}
          </button>
          <button type="button" className="tb-btn" data-testid="replace-all" disabled={none} onClick={find.replaceAll}>
            {t('find.replaceAll')}
          </button>
        </div>
      )}
    </div>
  )
}
