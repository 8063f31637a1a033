import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin'
import { ARTICLE_TRANSFORMERS } from './transformers'

export function MarkdownPlugin(): React.JSX.Element {
  return <MarkdownShortcutPlugin transformers={ARTICLE_TRANSFORMERS} />
}
