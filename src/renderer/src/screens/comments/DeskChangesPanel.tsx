// What the editor changed: each arrival of edits from the desk, as a diff from the person's own
// text just before it (the revisions view's word diff: inserted words <ins>, deleted <del>),
// with who made them and when, and next/previous to step through the changed places.
import { useEffect, useRef, useState } from 'react'
import { errorText } from '../../../../shared/model/errors'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { useAsync } from '../../lib/useAsync'
import { DiffView } from '../revisions/DiffView'
import { SidePanel } from '../../components/SidePanel'
import './comments.css'

interface Props {
  articleId: string
  /** The saved version: the list follows it. */
  version: number
  onClose: () => void
}

const CHANGED = '.diff-title, .diff-quote, .diff-p:not(.diff-equal)'

export function DeskChangesPanel({ articleId, version, onClose }: Props): React.JSX.Element {
  const { t, formatDateTime, language } = useI18n()
  const list = useAsync(() => amud.listDeskChanges(articleId), `${articleId}:${version}`)
  const [selected, setSelected] = useState(0)
  const [current, setCurrent] = useState(-1)
  const [count, setCount] = useState(0)
  const diffRef = useRef<HTMLDivElement>(null)
  const change = list.data?.[selected]

  // How many changed places the shown diff has; the step starts again with each diff.
  useEffect(() => {
    setCount(diffRef.current?.querySelectorAll(CHANGED).length ?? 0)
    setCurrent(-1)
  }, [change])

  useEffect(() => {
    const places = [...(diffRef.current?.querySelectorAll<HTMLElement>(CHANGED) ?? [])]
    places.forEach((el, i) => (i === current ? el.setAttribute('data-current', 'true') : el.removeAttribute('data-current')))
    places[current]?.scrollIntoView({ block: 'center' })
  }, [current, change])

  const step = (by: number): void => {
    if (count === 0) return
    setCurrent((c) => (c < 0 ? (by > 0 ? 0 : count - 1) : (c + by + count) % count))
  }

  return (
    <SidePanel className="desk-changes" headingId="desk-changes-heading" title={t('deskChanges.title')} testId="desk-changes" onClose={onClose}>
      {list.error && (
        <p className="list-note is-error" role="alert">
          {errorText(list.error, language)}
        </p>
      )}
      {list.data && list.data.length === 0 && <p className="list-note">{t('deskChanges.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="revision-list" aria-label={t('deskChanges.list')}>
          {list.data.map((c, i) => (
            <li key={c.id}>
              <button type="button" className="revision-item" aria-pressed={i === selected} onClick={() => setSelected(i)} data-testid="desk-change-item">
                <span data-testid="desk-change-by">
                  {t('deskChanges.by', { names: c.by.length > 0 ? c.by.join('، ') : t('deskChanges.someone'), time: formatDateTime(c.at) })}
                </span>
                <span className="revision-meta">{t('revisions.stats', { inserted: c.diff.stats.wordsInserted, deleted: c.diff.stats.wordsDeleted })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {change && (
        <section className="revision-detail">
          <div className="desk-changes-nav">
            <button type="button" className="btn btn-sm" disabled={count === 0} onClick={() => step(-1)} data-testid="desk-change-previous">
              {t('deskChanges.previous')}
            </button>
            <button type="button" className="btn btn-sm" disabled={count === 0} onClick={() => step(1)} data-testid="desk-change-next">
              {t('deskChanges.next')}
            </button>
            <span className="revision-meta" data-testid="desk-change-position" aria-live="polite">
              {count === 0 ? t('deskChanges.none') : t('deskChanges.position', { n: Math.max(current, 0) + 1, count })}
            </span>
          </div>
          <div ref={diffRef}>
            <DiffView diff={change.diff} />
          </div>
        </section>
      )}
    </SidePanel>
  )
}
