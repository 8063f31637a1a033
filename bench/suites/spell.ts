// Issue 7's figures: how much of real newspaper prose the Arabic checker flags (aim: under 3%,
// without accepting everything), how fast it judges words against a plain Set.has over the same
// tokens, how long the dictionary takes to load in its worker, how long a suggestion takes, and
// the most flagged words, so that the rules can be judged by reading them.
import { readFileSync } from 'node:fs'
import { additionWords, extractSpellWords, findPhraseErrors, isCorrectKey, setLexicon, SpellChecker, suggestKeys, unionLexicon } from '../../src/shared/spell'
import type { Lexicon } from '../../src/shared/spell'
import { loadArabicDictionary } from '../../src/node/spell/dictionary'
import { SpellWorker } from '../../src/node/spell/worker-client'
import { corpusPath, loadCorpus, CORPUS_ABSENT } from '../../tests/support/corpus'
import { OWN_COLUMN, REAL_COLUMN, REAL_COLUMN_ABSENT } from '../../tests/support/columns'
import { time, timeAsync, type BenchContext, type Suite } from '../harness'

/** Articles whose every token is timed without any cache (the full corpus is 9 M tokens). */
const TIMED_ARTICLES = 3000
const TOP = 50
const SUGGESTION_SAMPLE = 100

/** Best of three after a warm-up run: the machine is shared, and the first run also compiles. */
function best(fn: () => unknown): number {
  fn()
  return Math.min(...[0, 1, 2].map(() => time(fn).ms))
}

/** A slip of the pen rather than an unknown word: a hamza, ى for ي, ه for ة away from a known word. */
function isOrthographicSlip(key: string, lexicon: Lexicon): boolean {
  const start = /^((?:[وفبكل]|وب|فب|ول|فل)?(?:ال)?)ا/
  const variants = ['أ', 'إ', 'آ'].flatMap((h) => [key.replace(start, `$1${h}`), key.replace(/^ا/, h)])
  if (key.endsWith('ى')) variants.push(key.slice(0, -1) + 'ي')
  if (key.endsWith('ي')) variants.push(key.slice(0, -1) + 'ى')
  if (key.endsWith('ه')) variants.push(key.slice(0, -1) + 'ة')
  return variants.some((v) => v !== key && isCorrectKey(v, lexicon))
}

async function loadTimes(ctx: BenchContext): Promise<{ dictionary: Lexicon; lexicon: Lexicon }> {
  const worker = new SpellWorker()
  const { ms: workerMs } = await timeAsync(() => worker.ready)
  const { ms: probeMs } = await timeAsync(() => worker.check(['مدرسة', 'ذهبو']))
  await worker.terminate()
  ctx.figure('dictionary load, in the worker (start → ready)', workerMs / 1000, 's', `first check after it: ${probeMs.toFixed(0)} ms`)
  const { ms, result } = await timeAsync(() => loadArabicDictionary())
  ctx.figure('dictionary load, in-process (gunzip + decode)', ms / 1000, 's')
  return { dictionary: result, lexicon: unionLexicon(result, setLexicon(additionWords())) }
}

/**
 * Issue 12's figures, on whole columns: what is flagged, by kind, and what is left after
 * "fix all hamza slips" and under the house style "hamza on alef optional".
 */
function columnFigures(ctx: BenchContext, lexicon: Lexicon): void {
  const checker = new SpellChecker(lexicon)
  for (const column of [OWN_COLUMN, REAL_COLUMN]) {
    if (!column.path) {
      ctx.log(REAL_COLUMN_ABSENT)
      continue
    }
    const words = extractSpellWords(readFileSync(column.path, 'utf8'))
    const flagged = words.map((w) => checker.check(w.key)).filter((r) => !r.correct)
    const hamza = flagged.filter((r) => r.kind === 'hamza')
    const fixable = hamza.filter((r) => r.fix).length
    const omitted = hamza.filter((r) => r.hamzaOmitted).length
    const share = (n: number): string => `${((100 * n) / words.length).toFixed(1)}% of ${words.length} words`
    ctx.figure(`${column.label}: words flagged`, flagged.length, 'words', share(flagged.length))
    ctx.figure('… hamza slips (their own kind and colour)', hamza.length, 'words', `${fixable} with one fix, ${hamza.length - fixable} ambiguous (ان)`)
    ctx.figure('… left flagged after "fix all hamza slips"', flagged.length - fixable, 'words', share(flagged.length - fixable))
    ctx.figure('… flagged under "hamza on alef optional"', flagged.length - omitted, 'words', share(flagged.length - omitted))
  }
}

export const spellSuite: Suite = {
  name: 'spell',
  description: 'Arabic spelling over the real corpus: share flagged, words/s, load time, most flagged words',
  async run(ctx) {
    if (!corpusPath() && !REAL_COLUMN.path) return ctx.log(CORPUS_ABSENT)
    const { dictionary, lexicon } = await loadTimes(ctx)
    columnFigures(ctx, lexicon)
    if (!corpusPath()) return ctx.log(CORPUS_ABSENT)
    const articles = await loadCorpus()
    const texts = articles.map((a) => `${a.title}\n${a.body}`)
    const tokens = texts.map((t) => extractSpellWords(t).map((w) => w.key))
    const total = tokens.reduce((n, t) => n + t.length, 0)
    ctx.figure('corpus', articles.length, 'articles', `${total.toLocaleString('en-US')} Arabic words checked`)

    // The share flagged, over every token (each distinct word judged once).
    const verdicts = new Map<string, boolean>()
    const counts = new Map<string, number>()
    let flagged = 0
    for (const list of tokens) {
      for (const key of list) {
        let ok = verdicts.get(key)
        if (ok === undefined) verdicts.set(key, (ok = isCorrectKey(key, lexicon)))
        if (!ok) {
          flagged++
          counts.set(key, (counts.get(key) ?? 0) + 1)
        }
      }
    }
    // For comparison: the word list alone, no rules and no additions.
    let plain = 0
    for (const list of tokens) for (const key of list) if (!dictionary.has(key)) plain++
    let slips = 0
    for (const [key, n] of counts) if (isOrthographicSlip(key, lexicon)) slips += n
    const pct = (n: number): string => `${((100 * n) / total).toFixed(2)}% of words`
    ctx.figure(
      'words flagged',
      (100 * flagged) / total,
      '%',
      `aim < 3; ${flagged.toLocaleString('en-US')} words, ${counts.size.toLocaleString('en-US')} distinct`
    )
    ctx.figure('… of them hamza / ى / ة slips', (100 * slips) / total, '%', `${pct(slips)}: ان، الى، الاول، التى (flagged on purpose)`)
    ctx.figure('… the rest (names, foreign words, typos)', (100 * (flagged - slips)) / total, '%')
    ctx.figure('for comparison: AyaSpell lookup alone', (100 * plain) / total, '%', 'no rules, no additions')
    const phrases = texts.reduce((n, t) => n + findPhraseErrors(t).length, 0)
    ctx.figure('wrong phrases (إنشاء الله…)', phrases, 'found')

    // Speed, no cache: every token of the first articles judged from scratch, against Set.has.
    const timed = tokens.slice(0, TIMED_ARTICLES).flat()
    const known = new Set([...verdicts].filter(([, ok]) => ok).map(([k]) => k))
    const base = best(() => timed.reduce((n, k) => n + (known.has(k) ? 1 : 0), 0))
    const raw = best(() => timed.reduce((n, k) => n + (lexicon.has(k) ? 1 : 0), 0))
    const rules = best(() => timed.reduce((n, k) => n + (isCorrectKey(k, lexicon) ? 1 : 0), 0))
    const rate = (ms: number): number => timed.length / (ms / 1000)
    ctx.figure('baseline: Set.has over the same tokens', rate(base), 'words/s', `${timed.length.toLocaleString('en-US')} tokens, best of 3`)
    ctx.figure('dictionary lookup alone (trie + additions)', rate(raw), 'words/s', `${(raw / base).toFixed(1)}× baseline time`)
    ctx.figure('check with the rules (no cache)', rate(rules), 'words/s', `${(rules / base).toFixed(1)}× baseline time`)

    const top = [...counts].sort((a, b) => b[1] - a[1])
    const sample = top.slice(0, SUGGESTION_SAMPLE).map(([k]) => k)
    const sug = time(() => sample.map((k) => suggestKeys(k, lexicon)))
    ctx.figure('suggestions for a flagged word', sug.ms / sample.length, 'ms', `mean over the ${SUGGESTION_SAMPLE} most flagged`)

    ctx.log('')
    ctx.log(`The ${TOP} most flagged words (count, then the first suggestions):`)
    top.slice(0, TOP).forEach(([key, n], i) => {
      const s = sug.result[i] ?? suggestKeys(key, lexicon)
      const kind = isOrthographicSlip(key, lexicon) ? 'slip' : 'unknown'
      ctx.log(`${String(i + 1).padStart(3)}. ${key.padEnd(14)} ${String(n).padStart(6)}  ${kind.padEnd(8)} ${s.slice(0, 3).join('، ')}`)
    })
  }
}
