// @vitest-environment jsdom
// The export view's pure pieces: the mark tokenizer (what the eye misses, drawn as spans that
// still read the exact line) and the typography fix made in the editor, which must give what
// fixAllTypography gives while keeping formatting.
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { applyFixes, checkTypography, fixAllTypography } from '../../../../../src/shared/arabic'
import { ARTICLE_NODES } from '../../../../../src/renderer/src/editor/nodes'
import { acceptedFixes, fixAllTypographyInEditor, joinLineBreaksInEditor } from '../../../../../src/renderer/src/screens/export/editorFixes'
import { joinLines, markCounts, splitLines, tokenizeLine, type Token } from '../../../../../src/renderer/src/screens/export/marks'

const textOf = (tokens: Token[]): string => tokens.map((t) => t.text).join('')
const kinds = (tokens: Token[]): string[] => tokens.map((t) => t.kind)

describe('mark tokenizer', () => {
  it('keeps plain text as one token', () => {
    expect(tokenizeLine('فقرة عادية بلا شيء.')).toEqual([{ kind: 'text', text: 'فقرة عادية بلا شيء.' }])
    expect(tokenizeLine('')).toEqual([])
  })

  it('marks spaces at the end of a line as one run, not the spaces inside it', () => {
    const tokens = tokenizeLine('كلمة أخرى   ')
    expect(tokens).toEqual([
      { kind: 'text', text: 'كلمة أخرى' },
      { kind: 'trailing-space', text: '   ', label: '···' }
    ])
    expect(kinds(tokenizeLine('\t'))).toEqual(['trailing-space'])
  })

  it('marks no-break spaces anywhere, also among trailing spaces', () => {
    expect(tokenizeLine('100\u00A0دينار')).toEqual([
      { kind: 'text', text: '100' },
      { kind: 'nbsp', text: '\u00A0', label: 'NBSP' },
      { kind: 'text', text: 'دينار' }
    ])
    expect(kinds(tokenizeLine('آخر \u00A0 '))).toEqual(['text', 'trailing-space', 'nbsp', 'trailing-space'])
  })

  it('marks a tatweel run once, with its length', () => {
    const tokens = tokenizeLine('جميـــل')
    expect(tokens).toEqual([
      { kind: 'text', text: 'جمي' },
      { kind: 'tatweel', text: 'ـــ', label: 'ـ×3' },
      { kind: 'text', text: 'ل' }
    ])
    expect(tokenizeLine('ـ'.repeat(25))).toEqual([{ kind: 'tatweel', text: 'ـ'.repeat(25), label: 'ـ×25' }])
  })

  it('names every bidi control, each on its own', () => {
    const controls = '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C'
    const tokens = tokenizeLine(`أ${controls}ب`)
    expect(tokens.filter((t) => t.kind === 'bidi').map((t) => ('label' in t ? t.label : ''))).toEqual([
      'LRM',
      'RLM',
      'LRE',
      'RLE',
      'PDF',
      'LRO',
      'RLO',
      'LRI',
      'RLI',
      'FSI',
      'PDI',
      'ALM'
    ])
    expect(tokenizeLine('\u200F\u200F')).toHaveLength(2)
  })

  it('marks other invisible characters and a carriage return', () => {
    expect(kinds(tokenizeLine('\uFEFFنص\u200Bنص\r'))).toEqual(['invisible', 'text', 'invisible', 'text', 'invisible'])
  })

  it('always reads back the exact line', () => {
    const lines = ['', '   ', 'a\u00A0 \u200F ـــ b  ', '[author image=""]كاتب[/author] ', '\u202Bمضمّن\u202C\t', 'ـ\u00A0ـ\u00A0']
    for (const line of lines) expect(textOf(tokenizeLine(line))).toBe(line)
  })

  it('splits a file into lines and joins it back byte for byte', () => {
    for (const text of ['سطر', 'سطر\nسطر', 'سطر\n', 'a\r\nb\r\n', '\n', '', 'x\n\n']) {
      expect(joinLines(splitLines(text))).toBe(text)
    }
    expect(splitLines('a\nb\n')).toEqual({ lines: ['a', 'b'], finalNewline: true })
  })

  it('counts marks by kind', () => {
    expect(markCounts('أ \nب\u00A0ج\u200F\nـــ')).toEqual({ 'trailing-space': 1, nbsp: 1, tatweel: 1, bidi: 1, invisible: 0 })
  })
})

const SAMPLES = [
  'قال:"نعم" ، ثم  مضى  .',
  'هل أتيت ؟؟ لا ،لم آت',
  'عدد ١٢٣ و 45 معًا،وهنا',
  'جميـــل جدا !!',
  '\u200Fنص\u200E مع علامات , وفاصلة',
  'بلا شيء يستحق الإصلاح.'
]

describe('typography fix in the editor', () => {
  it('selects the fixes applyFixes applies', () => {
    for (const text of SAMPLES) {
      const issues = checkTypography(text)
      const accepted = acceptedFixes(
        text,
        issues.map((i) => i.fix)
      )
      let out = text
      for (const f of [...accepted].reverse()) out = out.slice(0, f.start) + f.replacement + out.slice(f.end)
      expect(out).toBe(applyFixes(text, issues))
    }
  })

  function editorWith(build: () => void): LexicalEditor {
    const editor = createEditor({
      namespace: 't',
      nodes: ARTICLE_NODES,
      onError: (e) => {
        throw e
      }
    })
    editor.update(build, { discrete: true })
    return editor
  }
  const body = (editor: LexicalEditor): string[] =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((p) => p.getTextContent())
    )

  it('gives fixAllTypography’s text, paragraph by paragraph, keeping bold', () => {
    const editor = editorWith(() => {
      const root = $getRoot().clear()
      for (const s of SAMPLES) root.append($createParagraphNode().append($createTextNode(s)))
      // A fix that spans two nodes: the space before the comma is plain, the comma bold.
      root.append($createParagraphNode().append($createTextNode('كلمة '), $createTextNode('، غامقة').setFormat(1), $createTextNode(' ثم')))
    })
    // Most samples need fixing, some more than one pass.
    expect(SAMPLES.filter((s) => fixAllTypography(s) !== s).length).toBeGreaterThanOrEqual(5)
    fixAllTypographyInEditor(editor)
    const fixed = body(editor)
    expect(fixed.slice(0, SAMPLES.length)).toEqual(SAMPLES.map((s) => fixAllTypography(s)))
    expect(fixed[SAMPLES.length]).toBe(fixAllTypography('كلمة ، غامقة ثم'))
    const bold = editor.getEditorState().read(() =>
      $getRoot()
        .getLastChildOrThrow<import('lexical').ElementNode>()
        .getChildren()
        .filter((n) => 'hasFormat' in n && (n as import('lexical').TextNode).hasFormat('bold'))
        .map((n) => n.getTextContent())
    )
    expect(bold.join('')).toContain('غامقة')
  })

  it('turns line breaks into spaces', () => {
    const editor = editorWith(() => {
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode('سطر'), $createLineBreakNode(), $createTextNode('وسطر')))
    })
    joinLineBreaksInEditor(editor)
    expect(body(editor)).toEqual(['سطر وسطر'])
  })
})
