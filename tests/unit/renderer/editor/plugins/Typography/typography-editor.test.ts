// @vitest-environment jsdom
// Typography in the editor: the store's per-paragraph cache, the remembered settings, and fixes
// applied as editor updates (several in one undo step).
import { registerHistory, createEmptyHistoryState } from '@lexical/history'
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, UNDO_COMMAND, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { ARTICLE_NODES } from '../../../../../../src/renderer/src/editor/nodes'
import { $paragraphMap } from '../../../../../../src/renderer/src/editor/body/paragraphMap'
import { rangesFor } from '../../../../../../src/renderer/src/editor/body/spans/highlight'
import { replaceSpans } from '../../../../../../src/renderer/src/editor/body/spans/replace'
import { TypographyStore } from '../../../../../../src/renderer/src/editor/plugins/Typography/typographyStore'
import { setQuoteStyle, setRuleEnabled, typographyPrefs } from '../../../../../../src/renderer/src/editor/plugins/Typography/typographyPrefs'

function mountedEditor(paragraphs: string[][]): LexicalEditor {
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
  registerHistory(editor, createEmptyHistoryState(), 0)
  editor.update(
    () => {
      const r = $getRoot().clear()
      for (const p of paragraphs) r.append($createParagraphNode().append(...p.map((t, i) => $createTextNode(t).setFormat(i % 2))))
    },
    { discrete: true }
  )
  return editor
}

const read = (editor: LexicalEditor): string[] => editor.getEditorState().read(() => $paragraphMap().map((p) => p.text))

describe('TypographyStore', () => {
  it('checks a paragraph again only when its text changed', () => {
    let body = ['هل ذهبت?', 'قال  الرجل']
    const store = new TypographyStore(() => body)
    store.computeNow()
    expect(store.checked).toBe(2)
    expect(store.getSnapshot().issues.map((i) => [i.paragraph, i.rule, i.found])).toEqual([
      [0, 'latin-punctuation', '?'],
      [1, 'double-space', '  ']
    ])
    body = ['هل ذهبت?', 'قال الرجل']
    store.computeNow()
    expect(store.checked).toBe(3)
    expect(store.getSnapshot().issues).toHaveLength(1)
    store.setOptions({ disabled: ['latin-punctuation'] })
    expect(store.getSnapshot().issues).toHaveLength(0)
  })
})

describe('TypographyStore timing', () => {
  it('reads the body only once typing pauses', async () => {
    let reads = 0
    const store = new TypographyStore(() => (reads++, ['هل?']), { debounceMs: 50, idle: (fn) => (fn(), () => undefined) })
    for (let i = 0; i < 20; i++) store.bodyChanged()
    expect(reads).toBe(0)
    await new Promise((r) => setTimeout(r, 80))
    expect(reads).toBe(1)
    expect(store.getSnapshot().issues.map((i) => i.rule)).toEqual(['latin-punctuation'])
  })
})

describe('typography settings', () => {
  it('are remembered in localStorage', () => {
    setRuleEnabled('tatweel', false)
    setQuoteStyle('curly')
    expect(typographyPrefs()).toEqual({ disabled: ['tatweel'], quoteStyle: 'curly' })
    expect(JSON.parse(localStorage.getItem('amud.pref.typography.disabled')!)).toEqual(['tatweel'])
    setRuleEnabled('tatweel', true)
    expect(typographyPrefs().disabled).toEqual([])
  })
})

describe('replaceSpans', () => {
  it('applies fixes across formatted pieces in one undo step, and skips stale ones', async () => {
    const editor = mountedEditor([['هل ذهبت', ' إلى السوق?'], ['قال  الرجل']])
    const text = read(editor)
    expect(text).toEqual(['هل ذهبت إلى السوق?', 'قال  الرجل'])
    const applied = replaceSpans(editor, [
      { paragraph: 0, start: 17, end: 18, expected: '?', replacement: '؟' },
      { paragraph: 1, start: 3, end: 5, expected: '  ', replacement: ' ' },
      { paragraph: 1, start: 0, end: 3, expected: 'غير', replacement: 'x' }
    ])
    expect(applied).toBe(2)
    expect(read(editor)).toEqual(['هل ذهبت إلى السوق؟', 'قال الرجل'])
    editor.dispatchCommand(UNDO_COMMAND, undefined)
    await new Promise((r) => setTimeout(r, 0))
    expect(read(editor)).toEqual(text)
  })

  it('maps spans to DOM ranges only while their paragraph reads the same', () => {
    const editor = mountedEditor([['الطلاب ', 'الذى', ' ذهبو']])
    const paragraphs = read(editor)
    const ranges = rangesFor(editor, paragraphs, [
      { paragraph: 0, start: 7, end: 11 },
      { paragraph: 0, start: 12, end: 16 },
      { paragraph: 3, start: 0, end: 1 }
    ])
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual(['الذى', 'ذهبو', null])
    expect(rangesFor(editor, ['شيء آخر'], [{ paragraph: 0, start: 0, end: 3 }])).toEqual([null])
  })
})
