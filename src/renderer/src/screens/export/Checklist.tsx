// The checklist beside the exported text: errors first, then warnings, then what is fine, each
// in the interface's language, with its fix (when the app can make it) and a way to the place
// in the text (when there is one).
import { checklistCounts, type ChecklistFix, type ChecklistItem, type Jump } from '../../../../shared/export'
import { useI18n, type MessageKey } from '../../i18n'
import './Checklist.css'

const ORDER = { error: 0, warning: 1, ok: 2 } as const
const ICONS = { error: '✕', warning: '!', ok: '✓' } as const

const FIX_LABELS: Record<ChecklistFix['kind'], MessageKey> = {
  'choose-author': 'export.fix.chooseAuthor',
  'edit-author': 'export.fix.editAuthor',
  'set-author-picture': 'export.fix.setPicture',
  'suggest-pull-quote': 'export.fix.suggestPullQuote',
  'join-line-breaks': 'export.fix.joinLineBreaks',
  'fix-all-typography': 'export.fix.typography'
}

interface Props {
  items: ChecklistItem[]
  busy: boolean
  onFix: (fix: ChecklistFix) => void
  onJump: (jump: Jump) => void
}

export function Checklist({ items, busy, onFix, onJump }: Props): React.JSX.Element {
  const { t, formatNumber } = useI18n()
  const sorted = [...items].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  const { errors, warnings } = checklistCounts(items)
  return (
    <section className="checklist" aria-labelledby="checklist-heading" data-testid="checklist">
      <h3 id="checklist-heading">
        {t('export.checklist')}
        <span className={`checklist-summary${errors ? ' is-error' : warnings ? ' is-warn' : ' is-ok'}`} data-testid="checklist-summary">
          {errors || warnings ? t('export.checklistCounts', { errors: formatNumber(errors), warnings: formatNumber(warnings) }) : t('export.checklistClear')}
        </span>
      </h3>
      <ul className="checklist-items">
        {sorted.map((item) => (
          <li key={item.id} className={`check check-${item.severity}`} data-testid="check" data-check={item.id} data-severity={item.severity}>
            <span className="check-icon" aria-hidden="true">
              {ICONS[item.severity]}
            </span>
            <span className="visually-hidden">{t(`export.severity.${item.severity}`)}</span>
            <span className="check-body">
              <span className="check-message" dir="auto">
                {t(item.said)}
              </span>
              {(item.fix || item.jump) && (
                <span className="check-actions">
                  {item.jump && (
                    <button type="button" className="btn btn-quiet btn-sm" onClick={() => onJump(item.jump as Jump)} data-testid="check-jump">
                      {t('export.jump')}
                    </button>
                  )}
                  {item.fix && (
                    <button
                      type="button"
                      className="btn btn-sm"
                      disabled={busy}
                      onClick={() => onFix(item.fix as ChecklistFix)}
                      data-testid="check-fix"
                      data-fix={item.fix.kind}
                    >
                      {t(FIX_LABELS[item.fix.kind], 'count' in item.fix ? { count: item.fix.count } : undefined)}
                    </button>
                  )}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
