// The formatting toolbar. Lexical keeps its selection while a toolbar control has focus,
// so every action applies to what the writer had selected; selects hand focus back after.
import { TOGGLE_LINK_COMMAND } from '@lexical/link'
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text'
import { $setBlocksType } from '@lexical/selection'
import { mergeRegister } from '@lexical/utils'
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type TextFormatType
} from 'lexical'
import { useCallback, useEffect, useState } from 'react'
import { useI18n } from '../../../i18n'
import { $setDirectionOverride, type DirectionOverride } from '../Direction'
import { PULL_QUOTE_SHORTCUT, USE_SELECTION_AS_PULL_QUOTE_COMMAND } from '../PullQuote'
import { Icon } from './icons'
import { ToolButton } from './ToolButton'
import { ToolSelect } from './ToolSelect'
import { LinkEditor } from './LinkEditor'
import { $readToolbarState, $topLevelBlock, EMPTY_TOOLBAR, sameToolbarState, type BlockType } from './toolbarState'
import './Toolbar.css'

const HISTORY = [
  { command: UNDO_COMMAND, label: 'toolbar.undo', shortcut: 'Ctrl+Z', icon: 'undo' },
  { command: REDO_COMMAND, label: 'toolbar.redo', shortcut: 'Ctrl+Y', icon: 'redo' }
] as const

// The block types the select offers (lists have their own buttons), and the directions.
const BLOCKS = ['paragraph', 'h2', 'h3', 'quote'] as const
const DIRECTIONS: DirectionOverride[] = ['auto', 'rtl', 'ltr']

// Bold, italic, underline: each shows its glyph in the interface's script.
const FORMATS: {
  format: 'bold' | 'italic' | 'underline'
  Tag: 'b' | 'i' | 'u'
  label: 'toolbar.bold' | 'toolbar.italic' | 'toolbar.underline'
  glyph: 'toolbar.boldGlyph' | 'toolbar.italicGlyph' | 'toolbar.underlineGlyph'
  shortcut: string
}[] = [
  { format: 'bold', Tag: 'b', label: 'toolbar.bold', glyph: 'toolbar.boldGlyph', shortcut: 'Ctrl+B' },
  { format: 'italic', Tag: 'i', label: 'toolbar.italic', glyph: 'toolbar.italicGlyph', shortcut: 'Ctrl+I' },
  { format: 'underline', Tag: 'u', label: 'toolbar.underline', glyph: 'toolbar.underlineGlyph', shortcut: 'Ctrl+U' }
]

export function ToolbarPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext()
  const { t } = useI18n()
  const [state, setState] = useState(EMPTY_TOOLBAR)
  const [canUndo, setCanUndo] = useState(false)
  const [canRedo, setCanRedo] = useState(false)
  const [linkOpen, setLinkOpen] = useState(false)

  useEffect(
    () =>
      mergeRegister(
        // Every keystroke is an update: the toolbar re-renders only when what it shows changed.
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState)
          setState((prev) => (sameToolbarState(prev, next) ? prev : next))
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW)
      ),
    [editor]
  )

  const setBlock = useCallback(
    (block: BlockType) => {
      if (block === 'bullet') editor.dispatchCommand(state.block === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined)
      else if (block === 'number') editor.dispatchCommand(state.block === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined)
      else {
        editor.update(() => {
          const selection = $getSelection()
          if (!$isRangeSelection(selection)) return
          if (state.block === 'bullet' || state.block === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
          const make = (): ElementNode =>
            block === 'h2' || block === 'h3' ? $createHeadingNode(block) : block === 'quote' ? $createQuoteNode() : $createParagraphNode()
          $setBlocksType($getSelection(), make)
        })
      }
      editor.focus()
    },
    [editor, state.block]
  )

  const setDirection = useCallback(
    (dir: DirectionOverride) => {
      editor.update(() => {
        const selection = $getSelection()
        if (!$isRangeSelection(selection)) return
        const blocks = new Set<ElementNode>()
        for (const node of selection.getNodes()) {
          const top = $topLevelBlock(node)
          if (top) blocks.add(top)
        }
        const anchorTop = $topLevelBlock(selection.anchor.getNode())
        if (anchorTop) blocks.add(anchorTop)
        for (const b of blocks) $setDirectionOverride(b, dir)
      })
      editor.focus()
    },
    [editor]
  )

  const format = (f: TextFormatType): void => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, f)
  }

  const applyLink = (url: string | null): void => {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url)
    setLinkOpen(false)
    editor.focus()
  }

  const blockValue = state.block === 'bullet' || state.block === 'number' ? 'paragraph' : state.block

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="toolbar">
      <div className="toolbar-group">
        {HISTORY.map(({ command, label, shortcut, icon }) => (
          <ToolButton
            key={icon}
            label={t(label)}
            shortcut={shortcut}
            icon={icon}
            mirror
            disabled={!(command === UNDO_COMMAND ? canUndo : canRedo)}
            onClick={() => editor.dispatchCommand(command, undefined)}
          />
        ))}
      </div>
      <div className="toolbar-group">
        <ToolSelect
          label={t('toolbar.block')}
          value={blockValue}
          options={BLOCKS.map((b) => ({ value: b, label: t(`toolbar.${b}`) }))}
          onChange={setBlock}
          testId="block-type"
        />
      </div>
      <div className="toolbar-group">
        {FORMATS.map(({ format: f, Tag, label, glyph, shortcut }) => (
          <ToolButton key={f} label={t(label)} shortcut={shortcut} className={`tb-${f}`} pressed={state[f]} onClick={() => format(f)}>
            <Tag aria-hidden="true">{t(glyph)}</Tag>
          </ToolButton>
        ))}
      </div>
      <div className="toolbar-group">
        <ToolButton label={t('toolbar.bullet')} icon="bullet" mirror pressed={state.block === 'bullet'} onClick={() => setBlock('bullet')} />
        <ToolButton label={t('toolbar.numbered')} icon="number" mirror pressed={state.block === 'number'} onClick={() => setBlock('number')} />
        <ToolButton
          label={t('toolbar.link')}
          icon="link"
          pressed={state.link !== null}
          expanded={linkOpen}
          onClick={() => setLinkOpen((o) => !o)}
          testId="link-button"
        />
      </div>
      <div className="toolbar-group">
        <ToolSelect
          label={t('toolbar.direction')}
          value={state.direction}
          options={DIRECTIONS.map((d) => ({ value: d, label: t(`toolbar.dir.${d}`) }))}
          onChange={setDirection}
          testId="paragraph-direction"
        />
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tb-btn tb-wide"
          onClick={() => (editor.dispatchCommand(USE_SELECTION_AS_PULL_QUOTE_COMMAND, undefined), editor.focus())}
          disabled={!state.selected}
          title={`${t('pullquote.useSelection')} (${PULL_QUOTE_SHORTCUT})`}
          data-testid="use-as-pullquote"
        >
          <Icon name="quote" />
          <span>{t('pullquote.useSelectionShort')}</span>
        </button>
      </div>
      {linkOpen && (
        <LinkEditor initial={state.link ?? ''} hasLink={state.link !== null} onApply={applyLink} onCancel={() => (setLinkOpen(false), editor.focus())} />
      )}
    </div>
  )
}
