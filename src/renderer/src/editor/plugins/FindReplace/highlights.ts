// The find bar's tints: every match under one CSS Custom Highlight, the current one under a
// stronger one (findReplace.css paints both by these names).
import type { LexicalEditor } from 'lexical'
import { domRangeForPoints } from '../../body/spans/dom'
import { registry } from '../../body/spans/registry'
import type { Match } from './matches'

export const MATCH_HIGHLIGHT = 'amud-find-match'
export const CURRENT_HIGHLIGHT = 'amud-find-current'

/** Tints the matches; returns the current match's DOM range, if it is rendered. */
export function paintMatches(editor: LexicalEditor, matches: readonly Match[], current: number): Range | null {
  let currentRange: Range | null = null
  const others: Range[] = []
  matches.forEach((m, i) => {
    const range = domRangeForPoints(editor, m.points)
    if (!range) return
    if (i === current) currentRange = range
    else others.push(range)
  })
  const highlights = registry()
  if (highlights) {
    highlights.set(MATCH_HIGHLIGHT, new Highlight(...others))
    if (currentRange) highlights.set(CURRENT_HIGHLIGHT, new Highlight(currentRange))
    else highlights.delete(CURRENT_HIGHLIGHT)
  }
  return currentRange
}

export function clearMatches(): void {
  registry()?.delete(MATCH_HIGHLIGHT)
  registry()?.delete(CURRENT_HIGHLIGHT)
}
