// Words and characters for the status bar: of the selection when there is one, otherwise
// of the whole text. Counted at most once per frame, so a long column types smoothly.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical'
import { useEffect } from 'react'
import { countCharacters, countWords } from '../../../../../shared/arabic'

export interface TextStats {
  words: number
  characters: number
  selection: boolean
}

export function statsOf(text: string, selection: boolean): TextStats {
  // Lexical separates blocks with blank lines; they are not characters a writer typed.
  return { words: countWords(text), characters: countCharacters(text.replace(/\n/g, ''), { spaces: true }), selection }
}

export function StatsPlugin({ onStats }: { onStats: (stats: TextStats) => void }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let frame = 0
    const measure = (): void => {
      frame = 0
      const stats = editor.getEditorState().read(() => {
        const selection = $getSelection()
        if ($isRangeSelection(selection) && !selection.isCollapsed()) return statsOf(selection.getTextContent(), true)
        return statsOf($getRoot().getTextContent(), false)
      })
      onStats(stats)
    }
    measure()
    const stop = editor.registerUpdateListener(() => {
      if (frame === 0) frame = requestAnimationFrame(measure)
    })
    return () => {
      stop()
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [editor, onStats])
  return null
}
