// The editor's selection as a comment anchor's terms: a paragraph of the body (as
// paragraphsFromDocument counts them, via the live paragraph map) and [start, end) in its text.
// A selection across paragraphs is cut at the end of the first one.
import { $getSelection, $isRangeSelection, type LexicalEditor, type PointType } from 'lexical'
import { $paragraphMap, type MappedParagraph } from '../../editor/body/paragraphMap'

export interface SelectionSpan {
  paragraph: number
  start: number
  end: number
  paragraphs: string[]
}

function locate(map: readonly MappedParagraph[], point: PointType): { paragraph: number; offset: number } | null {
  if (point.type !== 'text') return null
  for (let i = 0; i < map.length; i++) {
    const piece = map[i]!.pieces.find((p) => p.key === point.key)
    if (piece) return { paragraph: i, offset: piece.start + point.offset }
  }
  return null
}

export function selectionSpan(editor: LexicalEditor): SelectionSpan | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return null
    const map = $paragraphMap()
    const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus]
    const a = locate(map, first)
    const b = locate(map, last)
    if (!a || !b) return null
    const end = b.paragraph === a.paragraph ? b.offset : map[a.paragraph]!.text.length
    const text = map[a.paragraph]!.text.slice(a.offset, end)
    if (text.trim() === '') return null
    return { paragraph: a.paragraph, start: a.offset, end, paragraphs: map.map((p) => p.text) }
  })
}
