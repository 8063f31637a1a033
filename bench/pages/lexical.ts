// The editor benchmark's bare Lexical page: the article's paragraphs in a Lexical editor with
// rich text and history only (what @lexical/react's RichTextPlugin and HistoryPlugin register),
// none of Amud's plugins, React or autosave. bench/suites/editor-baselines.ts bundles and serves it.
import { createEmptyHistoryState, registerHistory } from '@lexical/history'
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text'
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical'

/** HistoryPlugin's default: keys less than a second apart make one undo step. */
const HISTORY_MERGE_MS = 1000

async function main(): Promise<void> {
  const paragraphs = (await (await fetch('article.json')).json()) as string[]
  const root = document.getElementById('editor') as HTMLElement
  const editor = createEditor({
    namespace: 'amud-bench-bare',
    nodes: [HeadingNode, QuoteNode],
    theme: { paragraph: 'ed-p' },
    onError: (error) => {
      throw error
    }
  })
  root.contentEditable = 'true'
  editor.setRootElement(root)
  registerRichText(editor)
  registerHistory(editor, createEmptyHistoryState(), HISTORY_MERGE_MS)
  await new Promise<void>((done) =>
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append(...paragraphs.map((p) => $createParagraphNode().append($createTextNode(p)))),
      {
        tag: 'history-merge',
        onUpdate: done
      }
    )
  )
  await document.fonts.ready
  document.body.dataset.ready = 'true'
}

void main()
