// The body's misspelled Arabic words, kept off the typing path: an edit only restarts a timer;
// once typing pauses the paragraphs are read in idle time, each paragraph's words come from a
// cache keyed by its text (so only changed paragraphs are tokenized again), and only words with
// no verdict yet go to the Node worker, in batches. Verdicts are cached for the session.
// Independent of Lexical (it is handed a reader and a checker), so it is tested with fakes.
import { extractSpellWords, findPhraseErrors, type PhraseError, type SpellWord } from '../../../../../shared/spell'
import type { SpellVerdict } from '../../../../../shared/spell/api'
import { ExternalStore } from '../../../lib/externalStore'
import { PauseThenIdle, type IdleRunner } from '../../../lib/schedule'

/** kind 'hamza': the only fault is the hamza on an alef (its own underline, "fix all"). */
export type Verdict = SpellVerdict

export type Checker = (words: string[]) => Promise<({ word: string } & Verdict)[]>

export interface Misspelling {
  paragraph: number
  start: number
  end: number
  /** The word as written. */
  text: string
  key: string
  /** A known wrong phrase (إنشاء الله): its one suggestion, no dictionary entry to add. */
  phrase?: string
  /** A hamza slip (underlined in its own colour), with its one fix when it has one. */
  hamza?: { fix?: string }
}

interface ParagraphWords {
  words: SpellWord[]
  phrases: PhraseError[]
}

export interface SpellSnapshot {
  paragraphs: readonly string[]
  misspellings: readonly Misspelling[]
}

export interface SpellStoreOptions {
  debounceMs?: number
  idle?: IdleRunner
  /** The house style "hamza on alef optional": a hamza left out is not flagged. */
  hamzaOptional?: () => boolean
}

export const SPELL_DEBOUNCE_MS = 500
/** The contract's limit per checkSpelling call. */
export const SPELL_BATCH = 5000
/** Paragraph texts remembered; an article has far fewer, edits leave old versions behind. */
const PARAGRAPH_CACHE = 2000

const EMPTY: SpellSnapshot = { paragraphs: [], misspellings: [] }

export class SpellStore extends ExternalStore<SpellSnapshot> {
  private readonly verdicts = new Map<string, Verdict>()
  private readonly words = new Map<string, ParagraphWords>()
  private readonly schedule: PauseThenIdle
  private generation = 0
  private running: Promise<void> | null = null
  private readonly stale = new Set<string>()
  /** Calls to the checker made so far (tests count them). */
  checks = 0
  /** The last failure of the checker (dictionary missing): nothing is underlined then. */
  error: string | null = null

  constructor(
    private readonly read: () => string[],
    private readonly check: Checker,
    private readonly options: SpellStoreOptions = {}
  ) {
    super(EMPTY)
    this.schedule = new PauseThenIdle(() => void this.computeNow(), { delayMs: options.debounceMs ?? SPELL_DEBOUNCE_MS, idle: options.idle })
  }

  verdict(key: string): Verdict | undefined {
    return this.verdicts.get(key)
  }

  /** The body changed: check once the writer pauses. */
  bodyChanged(): void {
    this.schedule.poke()
  }

  /**
   * The person's dictionary or the article's ignored words changed: ask again about the words
   * flagged so far (or `keys`). Their old verdicts stay until the new ones arrive (no flicker).
   */
  recheck(keys?: readonly string[]): Promise<void> {
    const stale = keys ?? [...this.verdicts].filter(([, v]) => !v.correct).map(([k]) => k)
    for (const k of stale) this.stale.add(k)
    return this.computeNow()
  }

  /** Marks a word correct at once (added or ignored), before the worker confirms it. */
  accept(key: string): void {
    this.verdicts.set(key, { correct: true, suggestions: [] })
    this.setSnapshot({ paragraphs: this.snapshot.paragraphs, misspellings: this.snapshot.misspellings.filter((m) => m.key !== key) })
  }

  /** Reads and checks now; resolves once the verdicts for the body as read are in. */
  computeNow(): Promise<void> {
    const generation = ++this.generation
    const paragraphs = this.read()
    const perParagraph = paragraphs.map((p) => this.wordsOf(p))
    const unknown = new Set<string>()
    for (const { words: ws } of perParagraph) for (const w of ws) if (!this.verdicts.has(w.key) || this.stale.has(w.key)) unknown.add(w.key)
    this.stale.clear()
    // Paint what is known at once; new words are underlined when their verdicts arrive.
    this.publish(generation, paragraphs, perParagraph)
    if (unknown.size === 0) return Promise.resolve()
    const run = (async () => {
      const keys = [...unknown]
      for (let i = 0; i < keys.length; i += SPELL_BATCH) {
        const batch = keys.slice(i, i + SPELL_BATCH)
        this.checks++
        try {
          const results = await this.check(batch)
          results.forEach(({ word, ...verdict }, j) => this.verdicts.set(batch[j] ?? word, verdict))
          this.error = null
        } catch (e) {
          this.error = e instanceof Error ? e.message : String(e)
          return
        }
      }
      this.publish(generation, paragraphs, perParagraph)
    })()
    this.running = run
    return run
  }

  /** Settles once the check in flight (if any) is done. */
  async idle(): Promise<void> {
    while (this.running) {
      const r = this.running
      await r
      if (this.running === r) this.running = null
    }
  }

  stop(): void {
    this.schedule.cancel()
    this.generation++
  }

  private wordsOf(paragraph: string): ParagraphWords {
    let ws = this.words.get(paragraph)
    if (!ws) {
      ws = { words: extractSpellWords(paragraph), phrases: findPhraseErrors(paragraph) }
      if (this.words.size >= PARAGRAPH_CACHE) this.words.clear()
      this.words.set(paragraph, ws)
    }
    return ws
  }

  private publish(generation: number, paragraphs: string[], perParagraph: ParagraphWords[]): void {
    // A later read supersedes this one: its verdicts are still cached, its spans are stale.
    if (generation !== this.generation) return
    const misspellings: Misspelling[] = []
    const hamzaOptional = this.options.hamzaOptional?.() ?? false
    perParagraph.forEach(({ words, phrases }, paragraph) => {
      const found: Misspelling[] = []
      for (const w of words) {
        const v = this.verdicts.get(w.key)
        if (v?.correct !== false || (hamzaOptional && v.hamzaOmitted)) continue
        const m: Misspelling = { paragraph, start: w.start, end: w.end, text: w.text, key: w.key }
        if (v.kind === 'hamza') m.hamza = v.fix ? { fix: v.fix } : {}
        found.push(m)
      }
      for (const p of phrases) found.push({ paragraph, start: p.start, end: p.end, text: p.text, key: p.text, phrase: p.suggestion })
      if (phrases.length > 0) found.sort((a, b) => a.start - b.start)
      misspellings.push(...found)
    })
    const prev = this.snapshot.misspellings
    const same =
      prev.length === misspellings.length &&
      prev.every(
        (m, i) =>
          m.paragraph === misspellings[i]!.paragraph &&
          m.start === misspellings[i]!.start &&
          m.text === misspellings[i]!.text &&
          !m.hamza === !misspellings[i]!.hamza
      ) &&
      this.snapshot.paragraphs.length === paragraphs.length &&
      this.snapshot.paragraphs.every((p, i) => p === paragraphs[i])
    // Listeners still hear of a reading that found nothing new: a painter that moved or dropped
    // spans while the writer typed (an undone edit) puts the store's spans back. The snapshot
    // stays the same object, so React does not render again.
    if (same) return this.notify()
    this.setSnapshot({ paragraphs, misspellings })
  }
}
