// Arabic spelling in the editor: misspelled words get a red wavy underline and hamza slips an
// amber one (CSS highlights, so the document never changes), checked off the typing path by the
// spell store; a right click on one opens suggestions, "add to my dictionary", "ignore in this
// article" and, on a hamza slip, "fix all hamza slips". English is left to Chromium's own
// checker (the content-editable keeps spellcheck on).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useCallback, useEffect, useState } from 'react'
import { amud } from '../../../api'
import type { MenuPlace } from '../../../components/useContextMenu'
import { clearHighlight } from '../../body/spans/highlight'
import { replaceSpans } from '../../body/spans/replace'
import type { Misspelling } from './spellStore'
import { spellStoreFor } from './spellStoreFor'
import { SpanPainter } from '../../body/spans/SpanPainter'
import { bodyChangesFor } from '../../body/bodyChanges'
import { followViewport } from './followViewport'
import { subscribeSpellingPrefs, useSpellingEnabled } from './spellingPref'
import { fixAllHamzaSlips, fixableHamzaSlips } from './fixHamza'
import { SpellingMenu } from './SpellingMenu'
import './spelling.css'

/** The ::highlight() names spelling.css paints: misspelled words, and hamza slips. */
export const SPELLING_HIGHLIGHT = 'amud-spelling'
export const HAMZA_HIGHLIGHT = 'amud-spelling-hamza'

interface Props {
  articleId: string
}

export function SpellingPlugin({ articleId }: Props): React.JSX.Element | null {
  const [editor] = useLexicalComposerContext()
  const enabled = useSpellingEnabled()
  const [menu, setMenu] = useState<{ at: MenuPlace; word: Misspelling; suggestions: string[] } | null>(null)

  useEffect(() => {
    if (!enabled) {
      clearHighlight(SPELLING_HIGHLIGHT)
      clearHighlight(HAMZA_HIGHLIGHT)
      return
    }
    const store = spellStoreFor(editor, articleId)
    const painter = new SpanPainter<Misspelling>(editor, SPELLING_HIGHLIGHT)
    const hamzaPainter = new SpanPainter<Misspelling>(editor, HAMZA_HIGHLIGHT)
    const paint = (): void => {
      const { paragraphs, misspellings } = store.getSnapshot()
      painter.setSpans(
        paragraphs,
        misspellings.filter((m) => !m.hamza)
      )
      hamzaPainter.setSpans(
        paragraphs,
        misspellings.filter((m) => m.hamza)
      )
    }
    const onContextMenu = (e: MouseEvent): void => {
      if (e.shiftKey) return
      const word = painter.spanAt(e.clientX, e.clientY) ?? hamzaPainter.spanAt(e.clientX, e.clientY)
      if (!word) return
      // Before the pull-quote menu, which listens on the same root for selected text.
      e.preventDefault()
      e.stopPropagation()
      setMenu({ at: { x: e.clientX, y: e.clientY }, word, suggestions: word.phrase ? [word.phrase] : (store.verdict(word.key)?.suggestions ?? []) })
    }
    const unsubscribe = store.subscribe(paint)
    const stopUpdates = bodyChangesFor(editor).subscribe(({ touched }) => {
      store.bodyChanged()
      painter.edited(touched)
      hamzaPainter.edited(touched)
    })
    const stopViewport = followViewport(() => {
      painter.scrolled()
      hamzaPainter.scrolled()
    })
    // The house style switched: the verdicts are kept, only what is shown changes.
    const stopPrefs = subscribeSpellingPrefs(() => void store.computeNow())
    const stopRoot = editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('contextmenu', onContextMenu, true)
      root?.addEventListener('contextmenu', onContextMenu, true)
    })
    // The first check at once (in idle time): the article as opened.
    store.bodyChanged()
    paint()
    return () => {
      unsubscribe()
      stopUpdates()
      stopViewport()
      stopPrefs()
      stopRoot()
      editor.getRootElement()?.removeEventListener('contextmenu', onContextMenu, true)
      store.stop()
      painter.clear()
      hamzaPainter.clear()
    }
  }, [editor, articleId, enabled])

  const close = useCallback(() => setMenu(null), [])
  if (!menu || !enabled) return null
  const store = spellStoreFor(editor, articleId)
  const { word } = menu
  const done = (): void => {
    setMenu(null)
    editor.focus()
  }
  return (
    <SpellingMenu
      at={menu.at}
      word={word.text}
      suggestions={menu.suggestions}
      phrase={word.phrase !== undefined}
      hamzaSlips={word.hamza ? fixableHamzaSlips(store.getSnapshot().misspellings).length : undefined}
      onFixAllHamza={() => {
        fixAllHamzaSlips(editor, store)
        done()
      }}
      onClose={close}
      onReplace={(replacement) => {
        // The span may have moved with typing since the store read the paragraph: the word itself is what must still be there.
        replaceSpans(editor, [{ paragraph: word.paragraph, start: word.start, end: word.end, expected: word.text, replacement }])
        done()
      }}
      onAdd={() => {
        store.accept(word.key)
        void amud
          .addToDictionary(word.text)
          .then(() => store.recheck())
          .catch(() => store.recheck([word.key]))
        done()
      }}
      onIgnore={() => {
        store.accept(word.key)
        void amud
          .ignoreWordInArticle(articleId, word.text)
          .then(() => store.recheck())
          .catch(() => store.recheck([word.key]))
        done()
      }}
    />
  )
}
