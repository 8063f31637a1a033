// The article body: Lexical rich text with the article's plugins, one folder each. The
// editor is created once per article (and per "take theirs" reload); everything after that
// (typing, paste, revision restore) is an edit on the same editor, so undo covers it.
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { createEmptyHistoryState, HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { useState, type ReactNode } from 'react'
import type { SerializedDocument } from '../../../shared/model/article'
import { useI18n } from '../i18n'
import type { ArticleSession } from '../session/session'
import { sanitizeDocument } from './document'
import { ARTICLE_NODES } from './nodes'
import { AutosavePlugin } from './plugins/Autosave'
import { DirectionPlugin } from './plugins/Direction'
import { NavigationPlugin } from './plugins/Navigation'
import { FindReplacePlugin } from './plugins/FindReplace'
import { LinkSafetyPlugin } from './plugins/LinkSafety'
import { MarkdownPlugin } from './plugins/Markdown'
import { PasteCleanPlugin } from './plugins/PasteClean'
import { PullQuotePlugin } from './plugins/PullQuote'
import { SpellingPlugin } from './plugins/Spelling'
import { StatsPlugin } from './plugins/Stats'
import type { StatsStore } from './plugins/Stats'
import { ToolbarPlugin } from './plugins/Toolbar'
import { TypographyPlugin } from './plugins/Typography'
import { editorTheme } from './theme'
import './ArticleEditor.css'

interface Props {
  session: ArticleSession
  document: SerializedDocument
  /** Where the status bar's word and character counts are published. */
  stats: StatsStore
  /** Title and pull quote: part of the page, above the body. */
  header?: ReactNode
  /** A panel beside the page (revisions, pull quotes). */
  side?: ReactNode
  /** Selected body text the writer asked to use as the pull quote. */
  onUseSelection: (text: string) => void
}

export function ArticleEditor({ session, document, stats, header, side, onUseSelection }: Props): React.JSX.Element {
  const { t } = useI18n()
  // Kept here so the restore of a revision can find its own steps in it (AutosavePlugin).
  const [history] = useState(createEmptyHistoryState)
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'amud-article',
    nodes: ARTICLE_NODES,
    theme: editorTheme,
    editorState: JSON.stringify(sanitizeDocument(document)),
    onError: (error: Error) => {
      // Surfaces in the panel's error boundary instead of leaving a half-updated editor.
      throw error
    }
  }))
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <FindReplacePlugin />
      <div className="editor-row">
        <div className="page-scroll">
          <article className="page">
            {header}
            <div className="editor-shell">
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="editor-input"
                    aria-label={t('article.body')}
                    aria-multiline
                    data-testid="editor"
                    // Chromium checks English (it has no Arabic dictionary); Arabic is SpellingPlugin's.
                    spellCheck
                    aria-placeholder={t('article.bodyPlaceholder')}
                    placeholder={<div className="editor-placeholder">{t('article.bodyPlaceholder')}</div>}
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
          </article>
        </div>
        {side}
      </div>
      <HistoryPlugin externalHistoryState={history} />
      <ListPlugin />
      <LinkSafetyPlugin />
      <MarkdownPlugin />
      <PasteCleanPlugin />
      <DirectionPlugin />
      <NavigationPlugin />
      <AutosavePlugin session={session} history={history} />
      <StatsPlugin stats={stats} />
      <PullQuotePlugin onUseSelection={onUseSelection} />
      <SpellingPlugin articleId={session.id} />
      <TypographyPlugin />
    </LexicalComposer>
  )
}
