// The header's tool buttons (pull quotes, spelling, panels, export, trash) on one row: those the
// row has no room for (a narrow window, English labels, a large zoom) go under "More", so the
// header keeps one row's height whatever the window, instead of wrapping over the page.
import { useLayoutEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n'
import { useClickAway } from '../../lib/useClickAway'

export interface Tool {
  id: string
  label: string
  title?: string
  /** A toggle's state; undefined for a plain action. */
  pressed?: boolean
  onClick: () => void
}

export function MetaTools({ tools }: { tools: Tool[] }): React.JSX.Element {
  const { t } = useI18n()
  const rowRef = useRef<HTMLDivElement>(null)
  const measureRef = useRef<HTMLDivElement>(null)
  const [fit, setFit] = useState(tools.length)
  const [open, setOpen] = useState(false)
  const moreRef = useRef<HTMLDivElement>(null)

  // How many buttons fit: their widths come from a hidden copy of the whole row (labels change
  // with the language), the room from the row itself.
  useLayoutEffect(() => {
    const row = rowRef.current
    const measure = measureRef.current
    if (!row || !measure) return
    const update = (): void => {
      const buttons = Array.from(measure.children) as HTMLElement[]
      const more = buttons.pop()
      const gap = parseFloat(getComputedStyle(measure).columnGap) || 0
      const room = row.clientWidth
      const widths = buttons.map((b) => b.getBoundingClientRect().width)
      const total = widths.reduce((s, w) => s + w + gap, -gap)
      if (total <= room + 0.5) return setFit(widths.length)
      let used = (more?.getBoundingClientRect().width ?? 0) + gap
      let n = 0
      while (n < widths.length && used + widths[n]! + gap <= room + 0.5) used += widths[n++]! + gap
      setFit(n)
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(row)
    observer.observe(measure)
    return () => observer.disconnect()
  }, [tools.length])

  useClickAway(moreRef, open, setOpen)

  const shown = tools.slice(0, fit)
  const rest = tools.slice(fit)
  const button = (tool: Tool, extra: { testId?: boolean; onDone?: () => void } = {}): React.JSX.Element => (
    <button
      key={tool.id}
      type="button"
      className="btn btn-quiet btn-sm"
      aria-pressed={tool.pressed}
      title={tool.title}
      onClick={() => {
        extra.onDone?.()
        tool.onClick()
      }}
      data-testid={extra.testId === false ? undefined : tool.id}
    >
      {tool.label}
    </button>
  )
  return (
    <div className="meta-tools" ref={rowRef} data-testid="meta-tools">
      <div className="meta-tools-measure" ref={measureRef} aria-hidden="true" inert>
        {tools.map((tool) => button(tool, { testId: false }))}
        <span className="btn btn-quiet btn-sm">{t('article.moreTools')} ▾</span>
      </div>
      {shown.map((tool) => button(tool))}
      {rest.length > 0 && (
        <div className="meta-more" ref={moreRef}>
          <button type="button" className="btn btn-quiet btn-sm" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="meta-more">
            {t('article.moreTools')} <span aria-hidden="true">▾</span>
          </button>
          {open && (
            <div className="meta-more-menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
              {rest.map((tool) => button(tool, { onDone: () => setOpen(false) }))}
            </div>
          )}
        </div>
      )}
    </div>
  )
}
