// One spelling store per editor, found from the editor (the plugin and tests share it).
import type { LexicalEditor } from 'lexical'
import { amud } from '../../../api'
import { perEditor } from '../../../lib/perEditor'
import { readParagraphTexts } from '../../body/blockReader'
import { SpellStore } from './spellStore'
import { hamzaOptionalStyle } from './spellingPref'

/** The article id is the first caller's: the store lives as long as its editor, which edits one article. */
export const spellStoreFor: (editor: LexicalEditor, articleId: string | null) => SpellStore = perEditor(
  (editor: LexicalEditor, articleId: string | null) =>
    new SpellStore(
      () => readParagraphTexts(editor),
      (words) => amud.checkSpelling(articleId, words),
      { hamzaOptional: hamzaOptionalStyle }
    )
)
