// "Fix all hamza slips": every hamza slip with one correct spelling (اصبحت → أصبحت), replaced in
// one editor update, so one Ctrl+Z brings them all back. The ambiguous ones (ان: أن، إن or آن)
// are left for the writer, still underlined.
import type { LexicalEditor } from 'lexical'
import { replaceSpans, type Replacement } from '../../body/spans/replace'
import type { Misspelling, SpellStore } from './spellStore'

/** The hamza slips "fix all" would change now. */
export function fixableHamzaSlips(misspellings: readonly Misspelling[]): Misspelling[] {
  return misspellings.filter((m) => m.hamza?.fix !== undefined)
}

/** Applies them (one undo step) and reads the body again at once; returns how many were fixed. */
export function fixAllHamzaSlips(editor: LexicalEditor, store: SpellStore): number {
  const replacements: Replacement[] = fixableHamzaSlips(store.getSnapshot().misspellings).map((m) => ({
    paragraph: m.paragraph,
    start: m.start,
    end: m.end,
    expected: m.text,
    replacement: m.hamza!.fix!
  }))
  if (replacements.length === 0) return 0
  const fixed = replaceSpans(editor, replacements)
  void store.computeNow()
  return fixed
}
