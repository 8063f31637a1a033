// Find and replace in the body (Ctrl+F, Ctrl+H, the menu's Find / Replace). Matching folds
// Arabic spelling differences unless "exact" is ticked (src/shared/arabic/find.ts), per
// paragraph of the live editor (editor/body/paragraphMap.ts), so a match may run across bold and
// plain text. All matches are tinted with a CSS Custom Highlight and the current one more
// strongly; the current match is the editor's selection, which Escape hands back to the text.
// Replace all is one editor update, so one Ctrl+Z undoes it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor } from 'lexical'
import { useCallback, useEffect, useRef, useState } from 'react'
import { findMatches, type FindOptions } from '../../../../../shared/arabic/find'
import { useI18n } from '../../../i18n'
import { $paragraphMap, spanPoints, type TextPoint } from '../../body/paragraphMap'
import { readBlocks } from '../../body/blockReader'
import { bodyChangesFor } from '../../body/bodyChanges'
import { $selectPoints, domRangeForPoints, revealRange } from '../../body/spans/dom'
import { registry } from '../../body/spans/registry'
import { $spliceSpan } from '../../body/spans/replace'
import { onFindRequest, type FindMode } from './findRequests'
import './findReplace.css'

/** The ::highlight() names findReplace.css paints. */
export const MATCH_HIGHLIGHT = 'amud-find-match'
export const CURRENT_HIGHLIGHT = 'amud-find-current'

interface Match {
  paragraph: number
  start: number
  end: number
  text: string
  points: { anchor: TextPoint; focus: TextPoint }
}

function collect(editor: LexicalEditor, query: string, options: FindOptions): Match[] {
  if (query === '') return []
  // The incremental reader: after a keystroke only the edited blocks are walked again.
  const map = readBlocks(editor).flatMap((b) => b.paragraphs)
  const out: Match[] = []
  map.forEach((p, paragraph) => {
    for (const [start, end] of findMatches(p.text, query, options)) {
      const text = p.text.slice(start, end)
      const points = spanPoints(map, paragraph, start, end, text)
      if (points) out.push({ paragraph, start, end, text, points })
    }
  })
  return out
}

function paint(editor: LexicalEditor, matches: readonly Match[], current: number): Range | null {
  const highlights = registry()
  let currentRange: Range | null = null
  const all: Range[] = []
  matches.forEach((m, i) => {
    const range = domRangeForPoints(editor, m.points)
    if (!range) return
    if (i === current) currentRange = range
    else all.push(range)
  })
  if (highlights) {
    highlights.set(MATCH_HIGHLIGHT, new Highlight(...all))
    if (currentRange) highlights.set(CURRENT_HIGHLIGHT, new Highlight(currentRange))
    else highlights.delete(CURRENT_HIGHLIGHT)
  }
  return currentRange
}

function clearPaint(): void {
  registry()?.delete(MATCH_HIGHLIGHT)
  registry()?.delete(CURRENT_HIGHLIGHT)
}

/** Where a match is, for ordering: paragraph first, then offset. */
const before = (a: { paragraph: number; start: number }, b: { paragraph: number; start: number }): boolean =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start)

export function FindReplacePlugin(): React.JSX.Element | null {
  const [editor] = useLexicalComposerContext()
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [mode, setMode] = useState<FindMode>('find')
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [exact, setExact] = useState(false)
  const [wholeWord, setWholeWord] = useState(false)
  const [matchCase, setMatchCase] = useState(false)
  const [matches, setMatches] = useState<Match[]>([])
  const [current, setCurrent] = useState(-1)
  const queryRef = useRef<HTMLInputElement>(null)
  const replaceRef = useRef<HTMLInputElement>(null)
  // The latest values for listeners registered once.
  /** Set by replace one: the next match becomes the selection once the text has changed. */
  const pendingSelect = useRef<{ paragraph: number; start: number } | null>(null)
  const live = useRef({ open, matches, current })
  live.current = { open, matches, current }

  /** Makes match i current: the editor's selection (not yet shown: the bar has focus), tinted, in view. */
  const select = useCallback(
    (list: readonly Match[], i: number, reveal: boolean) => {
      setCurrent(i)
      const range = paint(editor, list, i)
      const m = list[i]
      if (!m) return
      editor.update(
        () => {
          $selectPoints(m.points)
        },
        { tag: [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] }
      )
      if (range && reveal) revealRange(editor, range, { onlyIfHidden: true })
    },
    [editor]
  )

  /** Finds again (query, options or text changed), keeping the current match where it was. */
  const refresh = useCallback(
    (fromStart: boolean) => {
      const list = collect(editor, query, { exact, wholeWord, matchCase })
      setMatches(list)
      // After replace one, from the end of the replacement (it may contain the query itself).
      const after = pendingSelect.current
      pendingSelect.current = null
      const prev = after ?? live.current.matches[live.current.current]
      let i = list.length === 0 ? -1 : 0
      if (!fromStart && prev && list.length > 0) {
        const at = list.findIndex((m) => !before(m, prev))
        i = at < 0 ? 0 : at
      }
      // Typing in the text with the bar open must not pull the caret to a match: only a new
      // query, or a replace, makes the current match the selection.
      const move = fromStart || after !== null
      if (i >= 0 && move) select(list, i, true)
      else {
        setCurrent(i)
        paint(editor, list, i)
      }
    },
    [editor, query, exact, wholeWord, matchCase, select]
  )

  // A new query or option: from the first match.
  useEffect(() => {
    if (open) refresh(true)
    else clearPaint()
  }, [open, refresh])

  // The text changed under the bar (typing, undo, a replace): find again.
  useEffect(() => {
    if (!open) return
    return bodyChangesFor(editor).subscribe(() => refresh(false))
  }, [editor, open, refresh])

  useEffect(() => () => clearPaint(), [])

  // Opening: from the menu or Ctrl+F / Ctrl+H (App), with a short selection as the query.
  useEffect(
    () =>
      onFindRequest((m) => {
        const selected = editor.getEditorState().read(() => {
          const s = $getSelection()
          return $isRangeSelection(s) && !s.isCollapsed() ? s.getTextContent() : ''
        })
        if (selected !== '' && selected.length <= 100 && !/[\n\r]/.test(selected)) setQuery(selected)
        setMode((prev) => (m === 'replace' ? 'replace' : live.current.open ? prev : 'find'))
        setOpen(true)
        requestAnimationFrame(() => {
          queryRef.current?.focus()
          queryRef.current?.select()
        })
      }),
    [editor]
  )

  const step = useCallback(
    (delta: number) => {
      const { matches: list, current: i } = live.current
      if (list.length === 0) return
      select(list, (i + delta + list.length) % list.length, true)
    },
    [select]
  )

  // F3 / Shift+F3 while the bar is open, wherever the focus is.
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F3' || e.ctrlKey || e.metaKey || e.altKey) return
      e.preventDefault()
      step(e.shiftKey ? -1 : 1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open, step])

  const close = useCallback(() => {
    setOpen(false)
    clearPaint()
    // The current match (or the caret where it was) becomes the text's selection again.
    editor.focus()
  }, [editor])

  const replaceOne = useCallback(() => {
    const { matches: list, current: i } = live.current
    const m = list[i]
    if (!m) return
    editor.update(
      () => {
        const map = $paragraphMap()
        const p = map[m.paragraph]
        if (!p || p.text.slice(m.start, m.end) !== m.text) return
        if ($spliceSpan(p, m.start, m.end, replacement)) pendingSelect.current = { paragraph: m.paragraph, start: m.start + replacement.length }
        $setSelection(null)
      },
      { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG], discrete: true }
    )
  }, [editor, replacement])

  const replaceAll = useCallback(() => {
    const list = live.current.matches
    if (list.length === 0) return
    // One update, one history entry: a single Ctrl+Z brings every match back.
    editor.update(
      () => {
        const map = $paragraphMap()
        for (let k = list.length - 1; k >= 0; k--) {
          const m = list[k]!
          const p = map[m.paragraph]
          if (!p || p.text.slice(m.start, m.end) !== m.text) continue
          $spliceSpan(p, m.start, m.end, replacement)
        }
        $setSelection(null)
      },
      { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG], discrete: true }
    )
  }, [editor, replacement])

  if (!open) return null

  const onQueryKey = (e: React.KeyboardEvent): void => {
    if (e.key === 'Enter') {
      e.preventDefault()
      step(e.shiftKey ? -1 : 1)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      close()
    }
  }
  const onReplaceKey = (e: React.KeyboardEvent): void => {
    if (e.key === 'Enter') {
      e.preventDefault()
      if (e.ctrlKey || e.metaKey) replaceAll()
      else replaceOne()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      close()
    }
  }
  const onBarKey = (e: React.KeyboardEvent): void => {
    // Escape from a checkbox or button; the inputs' own handlers have closed the bar already.
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault()
      close()
    }
  }

  const count =
    query === '' ? '' : matches.length === 0 ? t('find.none') : t('find.count', { current: current + 1, total: matches.length })

  return (
    <div className="find-bar" data-testid="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onBarKey}>
      <div className="find-row">
        <input
          ref={queryRef}
          className="find-input"
          data-testid="find-input"
          type="search"
          dir="auto"
          aria-label={t('find.query')}
          placeholder={t('find.query')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onQueryKey}
        />
        <span className="find-count" data-testid="find-count" aria-live="polite" data-current={current + 1} data-total={matches.length}>
          {count}
        </span>
        <button type="button" className="tb-btn" data-testid="find-prev" title={t('find.previous')} aria-label={t('find.previous')} disabled={matches.length === 0} onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" className="tb-btn" data-testid="find-next" title={t('find.next')} aria-label={t('find.next')} disabled={matches.length === 0} onClick={() => step(1)}>
          ↓
        </button>
        <label className="find-option">
          <input type="checkbox" data-testid="find-exact" checked={exact} onChange={(e) => setExact(e.target.checked)} />
          {t('find.exact')}
        </label>
        <label className="find-option">
          <input type="checkbox" data-testid="find-whole-word" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} />
          {t('find.wholeWord')}
        </label>
        <label className="find-option">
          <input type="checkbox" data-testid="find-match-case" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} />
          {t('find.matchCase')}
        </label>
        <button
          type="button"
          className="tb-btn"
          data-testid="find-toggle-replace"
          aria-expanded={mode === 'replace'}
          onClick={() => setMode(mode === 'replace' ? 'find' : 'replace')}
        >
          {t('find.replaceToggle')}
        </button>
        <button type="button" className="tb-btn find-close" data-testid="find-close" title={t('find.close')} aria-label={t('find.close')} onClick={close}>
          ×
        </button>
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <input
            ref={replaceRef}
            className="find-input"
            data-testid="replace-input"
            type="text"
            dir="auto"
            aria-label={t('find.replacement')}
            placeholder={t('find.replacement')}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={onReplaceKey}
          />
          <button type="button" className="tb-btn" data-testid="replace-one" disabled={matches.length === 0} onClick={replaceOne}>
            {t('find.replaceOne')}
          </button>
          <button type="button" className="tb-btn" data-testid="replace-all" disabled={matches.length === 0} onClick={replaceAll}>
            {t('find.replaceAll')}
          </button>
        </div>
      )}
    </div>
  )
}
