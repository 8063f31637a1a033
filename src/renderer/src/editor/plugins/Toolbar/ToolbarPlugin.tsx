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
import { LinkEditor } from './LinkEditor'
import { $readToolbarState, $topLevelBlock, EMPTY_TOOLBAR, sameToolbarState, type BlockType } from './toolbarState'
import './Toolbar.css'

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
        <button
          type="button"
          className="tb-btn"
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
          disabled={!canUndo}
          aria-label={t('toolbar.undo')}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
        >
          <span className="icon-mirror">
            <Icon name="undo" />
          </span>
        </button>
        <button
          type="button"
          className="tb-btn"
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
          disabled={!canRedo}
          aria-label={t('toolbar.redo')}
          title={`${t('toolbar.redo')} (Ctrl+Y)`}
        >
          <span className="icon-mirror">
            <Icon name="redo" />
          </span>
        </button>
      </div>
      <div className="toolbar-group">
        <select
          className="tb-select"
          aria-label={t('toolbar.block')}
          value={blockValue}
          onChange={(e) => setBlock(e.target.value as BlockType)}
          data-testid="block-type"
        >
          <option value="paragraph">{t('toolbar.paragraph')}</option>
          <option value="h2">{t('toolbar.h2')}</option>
          <option value="h3">{t('toolbar.h3')}</option>
          <option value="quote">{t('toolbar.quote')}</option>
        </select>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tb-btn tb-bold"
          aria-pressed={state.bold}
          onClick={() => format('bold')}
          aria-label={t('toolbar.bold')}
          title={`${t('toolbar.bold')} (Ctrl+B)`}
        >
          <b aria-hidden="true">{t('toolbar.boldGlyph')}</b>
        </button>
        <button
          type="button"
          className="tb-btn tb-italic"
          aria-pressed={state.italic}
          onClick={() => format('italic')}
          aria-label={t('toolbar.italic')}
          title={`${t('toolbar.italic')} (Ctrl+I)`}
        >
          <i aria-hidden="true">{t('toolbar.italicGlyph')}</i>
        </button>
        <button
          type="button"
          className="tb-btn tb-underline"
          aria-pressed={state.underline}
          onClick={() => format('underline')}
          aria-label={t('toolbar.underline')}
          title={`${t('toolbar.underline')} (Ctrl+U)`}
        >
          <u aria-hidden="true">{t('toolbar.underlineGlyph')}</u>
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tb-btn"
          aria-pressed={state.block === 'bullet'}
          onClick={() => setBlock('bullet')}
          aria-label={t('toolbar.bullet')}
          title={t('toolbar.bullet')}
        >
          <span className="icon-mirror">
            <Icon name="bullet" />
          </span>
        </button>
        <button
          type="button"
          className="tb-btn"
          aria-pressed={state.block === 'number'}
          onClick={() => setBlock('number')}
          aria-label={t('toolbar.numbered')}
          title={t('toolbar.numbered')}
        >
          <span className="icon-mirror">
            <Icon name="number" />
          </span>
        </button>
        <button
          type="button"
          className="tb-btn"
          aria-pressed={state.link !== null}
          aria-expanded={linkOpen}
          onClick={() => setLinkOpen((o) => !o)}
          aria-label={t('toolbar.link')}
          title={t('toolbar.link')}
          data-testid="link-button"
        >
          <Icon name="link" />
        </button>
      </div>
      <div className="toolbar-group">
        <select
          className="tb-select"
          aria-label={t('toolbar.direction')}
          value={state.direction}
          onChange={(e) => setDirection(e.target.value as DirectionOverride)}
          data-testid="paragraph-direction"
        >
          <option value="auto">{t('toolbar.dir.auto')}</option>
          <option value="rtl">{t('toolbar.dir.rtl')}</option>
          <option value="ltr">{t('toolbar.dir.ltr')}</option>
        </select>
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
