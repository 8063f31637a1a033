// @vitest-environment jsdom
// The highlight painter behind spelling and typography underlines: only blocks near the
// viewport are registered, a keystroke rebuilds only its own block's ranges (moving the spans
// after the edit along with the text), and a new reading of an unchanged body reuses them.
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, createEditor, type LexicalEditor, type NodeKey } from 'lexical'
import { describe, expect, it } from 'vitest'
import { ARTICLE_NODES } from '../../../../../../src/renderer/src/editor/nodes'
import { blocksWalked, readParagraphTexts } from '../../../../../../src/renderer/src/editor/body/blockReader'
import { shiftSpans } from '../../../../../../src/renderer/src/editor/body/spans/shiftSpans'
import { SpanPainter } from '../../../../../../src/renderer/src/editor/body/spans/SpanPainter'
import { bodyChangesFor } from '../../../../../../src/renderer/src/editor/body/bodyChanges'

interface Word {
  paragraph: number
  start: number
  end: number
  text: string
}

function mountedEditor(paragraphs: string[]): LexicalEditor {
  const editor = createEditor({
    namespace: 't',
    nodes: ARTICLE_NODES,
    onError: (e) => {
      throw e
    }
  })
  const root = document.createElement('div')
  root.contentEditable = 'true'
  document.body.append(root)
  editor.setRootElement(root)
  editor.update(
    () => {
      const r = $getRoot().clear()
      for (const p of paragraphs) r.append($createParagraphNode().append($createTextNode(p)))
    },
    { discrete: true }
  )
  return editor
}

/** Every occurrence of each word, as a store would report them. */
function spansOf(paragraphs: readonly string[], words: string[]): Word[] {
  const out: Word[] = []
  paragraphs.forEach((text, paragraph) => {
    for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push({ paragraph, start: at, end: at + w.length, text: w })
  })
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
}

const textOf = (r: AbstractRange): string => {
  const live = document.createRange()
  live.setStart(r.startContainer, r.startOffset)
  live.setEnd(r.endContainer, r.endOffset)
  return live.toString()
}

const BODY = ['الطلاب الذى ذهبو', 'كلام عادي هنا', 'ذهبو مرة اخرى الذى', 'نص رابع ذهبو']
const WRONG = ['الذى', 'ذهبو']

/** Types `text` at `offset` of paragraph `p`, as a keystroke would, and lets listeners run. */
function typeAt(editor: LexicalEditor, p: number, offset: number, text: string): void {
  editor.update(
    () => {
      const node = $getRoot().getChildAtIndex<ReturnType<typeof $createParagraphNode>>(p)!.getFirstChild()!
      if ($isTextNode(node)) node.spliceText(offset, 0, text)
    },
    { discrete: true }
  )
}

describe('SpanPainter', () => {
  it('registers the ranges of the blocks near the viewport only, in document order', () => {
    const editor = mountedEditor(BODY)
    const keys = editor.getEditorState().read(() => $getRoot().getChildrenKeys())
    let near: NodeKey[] = [keys[2]!, keys[3]!]
    const painter = new SpanPainter<Word>(editor, 'test', { nearViewport: () => near })
    const texts = readParagraphTexts(editor)
    painter.setSpans(texts, spansOf(texts, WRONG))
    expect(painter.registeredRanges.map(textOf)).toEqual(['ذهبو', 'الذى', 'ذهبو'])
    expect(painter.rangesBuilt).toBe(3)
    // Scrolled up: the first block's ranges are made now, the others' kept.
    near = [keys[0]!, keys[1]!, keys[2]!]
    painter.refresh()
    expect(painter.registeredRanges.map(textOf)).toEqual(['الذى', 'ذهبو', 'ذهبو', 'الذى'])
    expect(painter.rangesBuilt).toBe(5)
  })

  it('rebuilds only the edited block’s ranges on a keystroke, moving the spans after the edit', () => {
    const editor = mountedEditor(BODY)
    const painter = new SpanPainter<Word>(editor, 'test', { nearViewport: () => editor.getEditorState().read(() => $getRoot().getChildrenKeys()) })
    bodyChangesFor(editor).subscribe(({ touched }) => painter.edited(touched))
    const texts = readParagraphTexts(editor)
    painter.setSpans(texts, spansOf(texts, WRONG))
    expect(painter.rangesBuilt).toBe(5)
    // A word typed between the third paragraph's two: the second moves, nothing else is rebuilt.
    typeAt(editor, 2, 5, 'قد ')
    expect(painter.rangesBuilt).toBe(7)
    expect(painter.registeredRanges.map(textOf)).toEqual(['الذى', 'ذهبو', 'ذهبو', 'الذى', 'ذهبو'])
    // A keystroke inside a flagged word drops that word until the next reading.
    typeAt(editor, 0, 9, 'ي')
    expect(painter.registeredRanges.map(textOf)).toEqual(['ذهبو', 'ذهبو', 'الذى', 'ذهبو'])
    expect(painter.rangesBuilt).toBe(8)
  })

  it('keeps the ranges of unchanged paragraphs when the store reads the body again', () => {
    const editor = mountedEditor(BODY)
    const painter = new SpanPainter<Word>(editor, 'test', { nearViewport: () => editor.getEditorState().read(() => $getRoot().getChildrenKeys()) })
    bodyChangesFor(editor).subscribe(({ touched }) => painter.edited(touched))
    const first = readParagraphTexts(editor)
    painter.setSpans(first, spansOf(first, WRONG))
    typeAt(editor, 3, 0, 'و')
    const built = painter.rangesBuilt
    const again = readParagraphTexts(editor)
    painter.setSpans(again, spansOf(again, WRONG))
    expect(painter.rangesBuilt).toBe(built)
    expect(painter.registeredRanges.map(textOf)).toEqual(['الذى', 'ذهبو', 'ذهبو', 'الذى', 'ذهبو'])
    // Spans read against text that has changed since are not painted.
    painter.setSpans(['غير ذلك', ...again.slice(1)], spansOf(again, WRONG))
    expect(painter.registeredRanges.map(textOf)).toEqual(['ذهبو', 'الذى', 'ذهبو'])
  })
})

describe('reading the body', () => {
  it('walks again only the blocks edited since the last reading', () => {
    const editor = mountedEditor(BODY)
    expect(readParagraphTexts(editor)).toEqual(BODY)
    expect(blocksWalked(editor)).toBe(4)
    typeAt(editor, 1, 0, 'و')
    typeAt(editor, 1, 0, 'ف')
    expect(readParagraphTexts(editor)).toEqual([BODY[0], 'فو' + BODY[1], BODY[2], BODY[3]])
    expect(blocksWalked(editor)).toBe(5)
    // The same state: the same reading, shared by every store.
    readParagraphTexts(editor)
    expect(blocksWalked(editor)).toBe(5)
    editor.update(
      () =>
        $getRoot()
          .getFirstChild()!
          .insertAfter($createParagraphNode().append($createTextNode('جديد'))),
      { discrete: true }
    )
    expect(readParagraphTexts(editor)).toEqual([BODY[0], 'جديد', 'فو' + BODY[1], BODY[2], BODY[3]])
    // The new block, and its neighbours (their links changed).
    expect(blocksWalked(editor)).toBe(8)
    // A whole state put back (undo): everything is read again.
    editor.setEditorState(editor.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())))
    expect(readParagraphTexts(editor)).toHaveLength(5)
    expect(blocksWalked(editor)).toBe(13)
  })
})

describe('shiftSpans', () => {
  const s = (start: number, end: number) => ({ paragraph: 0, start, end })
  it('keeps spans before an edit, moves those after it and drops those it touches', () => {
    expect(shiftSpans('abc def ghi', 'abc XXdef ghi', [s(0, 3), s(4, 7), s(8, 11)])).toEqual([s(0, 3), s(10, 13)])
    expect(shiftSpans('abc def ghi', 'abc def', [s(0, 3), s(4, 7), s(8, 11)])).toEqual([s(0, 3)])
    expect(shiftSpans('abc def', 'abc def', [s(4, 7)])).toEqual([s(4, 7)])
  })
})
