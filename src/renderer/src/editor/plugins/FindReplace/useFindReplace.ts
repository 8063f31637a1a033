// The find bar's model, apart from its view: the query, options, matches, the current match,
// next/previous, replace and replace all. Matches are derived from the body as the incremental
// block reader reads it (only the blocks edited since the last reading are walked again), so
// nothing is copied into state from an effect; the one effect paints the tints and, when the
// writer asked to move (a new query, next/previous, replace), makes the current match the
// editor's selection. Typing in the text with the bar open never pulls the caret to a match.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical'
import { useCallback, useEffect, useEffectEvent, useMemo, useState, useSyncExternalStore, type RefObject } from 'react'
import type { FindOptions } from '../../../../../shared/arabic/find'
import { readBlocks, type BodyBlock } from '../../body/blockReader'
import { bodyChangesFor } from '../../body/bodyChanges'
import { $paragraphMap } from '../../body/paragraphMap'
import { $selectPoints, revealRange } from '../../body/spans/dom'
import { $spliceSpan } from '../../body/spans/replace'
import { onFindRequest, type FindMode } from './findRequests'
import { clearMatches, paintMatches } from './highlights'
import { currentIndex, findAll, stepPlace, type Place } from './matches'

export type FindOption = keyof FindOptions
const NO_BLOCKS: BodyBlock[] = []
const noBlocks = (): BodyBlock[] => NO_BLOCKS
const REPLACE_TAGS = [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG]

/** `queryRef`: the view's query input, focused when the bar is asked for. */
export function useFindReplace(queryRef: RefObject<HTMLInputElement | null>) {
  const [editor] = useLexicalComposerContext()
  const [open, setOpen] = useState(false)
  const [mode, setMode] = useState<FindMode>('find')
  const [query, setQueryText] = useState('')
  const [replacement, setReplacement] = useState('')
  const [options, setOptions] = useState<Required<FindOptions>>({ exact: false, wholeWord: false, matchCase: false })
  /** Where the current match is; null: the first. */
  const [at, setAt] = useState<Place | null>(null)
  /** The body reading at which the writer asked the selection to move to the current match. */
  const [moveFor, setMoveFor] = useState<BodyBlock[] | null>(null)

  const subscribe = useCallback((changed: () => void) => bodyChangesFor(editor).subscribe(changed), [editor])
  const blocks = useSyncExternalStore(subscribe, open ? () => readBlocks(editor) : noBlocks)
  const matches = useMemo(
    () =>
      findAll(
        blocks.flatMap((b) => b.paragraphs),
        query,
        options
      ),
    [blocks, query, options]
  )
  const current = currentIndex(matches, at)
  // Once the text changes by any other edit, the reading is a new one and the caret stays.
  const move = moveFor === blocks

  useEffect(() => {
    if (!open) return
    const range = paintMatches(editor, matches, current)
    const m = matches[current]
    if (move && m) {
      // Not shown yet (the bar has focus): Escape hands it back to the text.
      editor.update(() => void $selectPoints(m.points), { tag: [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] })
      if (range) revealRange(editor, range, { onlyIfHidden: true })
    }
    return clearMatches
  }, [editor, open, matches, current, move])

  const moveTo = (place: Place | null): void => {
    setAt(place)
    setMoveFor(readBlocks(editor))
  }
  const setQuery = (text: string): void => {
    setQueryText(text)
    moveTo(null)
  }
  const setOption = (name: FindOption, value: boolean): void => {
    setOptions((o) => ({ ...o, [name]: value }))
    moveTo(null)
  }
  const step = (delta: number): void => {
    const place = stepPlace(matches, current, delta)
    if (place) moveTo(place)
  }

  // Opening: from the menu or Ctrl+F / Ctrl+H (App), with a short selection as the query.
  const onRequest = useEffectEvent((requested: FindMode) => {
    const selected = editor.getEditorState().read(() => {
      const s = $getSelection()
      return $isRangeSelection(s) && !s.isCollapsed() ? s.getTextContent() : ''
    })
    if (selected !== '' && selected.length <= 100 && !/[\n\r]/.test(selected)) setQuery(selected)
    else if (!open) moveTo(null)
    setMode(requested === 'replace' ? 'replace' : open ? mode : 'find')
    setOpen(true)
    requestAnimationFrame(() => {
      queryRef.current?.focus()
      queryRef.current?.select()
    })
  })
  useEffect(() => onFindRequest(onRequest), [])

  // F3 / Shift+F3 while the bar is open, wherever the focus is.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== 'F3' || e.ctrlKey || e.metaKey || e.altKey) return
    e.preventDefault()
    step(e.shiftKey ? -1 : 1)
  })
  useEffect(() => {
    if (!open) return
    const listener = (e: KeyboardEvent): void => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [open])

  const close = (): void => {
    setOpen(false)
    // The current match (or the caret where it was) becomes the text's selection again.
    editor.focus()
  }

  const replaceOne = (): void => {
    const m = matches[current]
    if (!m) return
    let replaced = false
    editor.update(
      () => {
        const p = $paragraphMap()[m.paragraph]
        if (p && p.text.slice(m.start, m.end) === m.text) replaced = $spliceSpan(p, m.start, m.end, replacement)
        $setSelection(null)
      },
      { tag: REPLACE_TAGS, discrete: true }
    )
    // From the end of the replacement: it may contain the query itself.
    if (replaced) moveTo({ paragraph: m.paragraph, start: m.start + replacement.length })
  }

  const replaceAll = (): void => {
    if (matches.length === 0) return
    // One update, one history entry: a single Ctrl+Z brings every match back.
    editor.update(
      () => {
        const map = $paragraphMap()
        for (let k = matches.length - 1; k >= 0; k--) {
          const m = matches[k]!
          const p = map[m.paragraph]
          if (p && p.text.slice(m.start, m.end) === m.text) $spliceSpan(p, m.start, m.end, replacement)
        }
        $setSelection(null)
      },
      { tag: REPLACE_TAGS, discrete: true }
    )
  }

  return { open, mode, setMode, query, setQuery, replacement, setReplacement, options, setOption, matches, current, step, close, replaceOne, replaceAll }
}

export type FindReplaceModel = ReturnType<typeof useFindReplace>
