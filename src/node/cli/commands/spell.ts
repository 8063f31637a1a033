import { resolve } from 'node:path'
import type { SpellService } from '../../../shared/spell/api'
import { extractSpellWords } from '../../../shared/spell/extract'
import { findPhraseErrors } from '../../../shared/spell/phrases'
import { openLibrary } from '../../library'
import { createSpellService, type SpellStore } from '../../spell/service'
import type { Command, CliIo, ParsedArgs } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { readInputFile, textLines } from '../read-input'

interface Issue {
  line: number
  column: number
  text: string
  suggestions: string[]
  /** 'hamza': the word's only fault is the hamza on an alef (see docs/spelling.md). */
  kind: 'word' | 'hamza' | 'phrase'
  /** A hamza slip with one correct spelling. */
  fix?: string
}

/** Without --library nothing is personal: no user words, nothing ignored. */
const NO_STORE: SpellStore = {
  listUserWords: () => [],
  addUserWord: () => {
    throw new Error('read-only')
  },
  removeUserWord: () => false,
  ignoreWordInArticle: () => undefined,
  ignoredWords: () => []
}

async function withSpellService<T>(args: ParsedArgs, io: CliIo, fn: (s: SpellService) => Promise<T>): Promise<T> {
  // Only an explicit --library is opened: checking a file must not create the app's library.
  const path = stringOption(args, 'library')
  if (!path) return fn(createSpellService(NO_STORE))
  // Opened for writing like any library command, so an older library is upgraded to have the table.
  const library = openLibrary(resolve(io.cwd, path))
  try {
    return await fn(createSpellService(library))
  } finally {
    library.close()
  }
}

export const spell: Command = {
  name: 'spell',
  summary: 'Check the Arabic spelling of a file: flagged words with their suggestions.',
  usage: 'amud spell FILE [--json] [--library PATH] [--hamza-optional]',
  help: `Checks the pull quote and body lines of a tagged file (every line of any other text file)
against the Arabic dictionary (AyaSpell, with Amud's rules for clitics, tashkeel and names).
Prints "FILE:LINE:COL: word → suggestion، suggestion" for each flagged word or known wrong
phrase (إنشاء الله), then the share of words flagged and how many of them are hamza slips
(اصبحت for أصبحت: a word whose only fault is the hamza on an alef). English words, numbers
and URLs are not checked. The first run loads the dictionary, which takes a few seconds.
  --json            one JSON object: the counts and every issue (kind word, hamza or phrase)
  --library PATH    also accept the words added to that library's personal dictionary
  --hamza-optional  the house style "hamza on alef optional": a hamza left out is no error
Exit status: 1 if anything is flagged, 0 otherwise.`,
  options: { json: { type: 'boolean' }, library: { type: 'string' }, 'hamza-optional': { type: 'boolean' } },
  async run(args, io) {
    const [file, ...extra] = args.positionals
    if (!file || extra.length) throw new UsageError('name exactly one FILE')
    const text = readInputFile(io, file).toString('utf8')
    const lines = textLines(text)
    const words = lines.flatMap(({ line, text: t }) => extractSpellWords(t).map((w) => ({ ...w, line, lineText: t })))
    const results = await withSpellService(args, io, (s) => s.checkSpelling(null, [...new Set(words.map((w) => w.key))]))
    const verdicts = new Map(results.map((r) => [r.word, r]))
    const column = (lineText: string, at: number): number => Array.from(lineText.slice(0, at)).length + 1
    const hamzaOptional = flag(args, 'hamza-optional')
    const issues: Issue[] = []
    for (const w of words) {
      const v = verdicts.get(w.key)
      if (!v || v.correct || (hamzaOptional && v.hamzaOmitted)) continue
      const at = { line: w.line, column: column(w.lineText, w.start), text: w.text, suggestions: v.suggestions }
      issues.push(v.kind === 'hamza' ? { ...at, kind: 'hamza', ...(v.fix ? { fix: v.fix } : {}) } : { ...at, kind: 'word' })
    }
    for (const { line, text: t } of lines) {
      for (const p of findPhraseErrors(t)) issues.push({ line, column: column(t, p.start), text: p.text, suggestions: [p.suggestion], kind: 'phrase' })
    }
    issues.sort((a, b) => a.line - b.line || a.column - b.column)
    const flaggedWords = issues.filter((i) => i.kind !== 'phrase').length
    const hamza = issues.filter((i) => i.kind === 'hamza')
    const fixable = hamza.filter((i) => i.fix).length
    const share = words.length ? flaggedWords / words.length : 0
    if (flag(args, 'json')) {
      io.out(`${JSON.stringify({ file, words: words.length, flagged: flaggedWords, hamza: hamza.length, share, issues }, null, 2)}\n`)
    } else {
      for (const i of issues) {
        const fix = i.suggestions.length ? ` → ${i.suggestions.join('، ')}` : ' (no suggestion)'
        io.out(`${file}:${i.line}:${i.column}: ${i.text}${fix}\n`)
      }
      const slips = hamza.length ? `; ${hamza.length} of them hamza slips, ${fixable} with one fix` : ''
      io.out(`${flaggedWords} of ${words.length} Arabic words flagged (${(share * 100).toFixed(1)}%)${slips}\n`)
    }
    return issues.length > 0 ? 1 : 0
  }
}
