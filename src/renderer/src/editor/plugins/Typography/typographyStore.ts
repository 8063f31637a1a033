// The body's typography issues, kept off the typing path: an edit restarts a timer; once typing
// pauses the paragraphs are read in idle time and checked, each paragraph's issues cached by its
// text (a pause re-checks only the paragraphs that changed). Independent of Lexical.
import { checkTypography, type TypographyIssue, type TypographyOptions } from '../../../../../shared/arabic'
import { ExternalStore } from '../../../lib/externalStore'
import { PauseThenIdle, type IdleRunner } from '../../../lib/schedule'

export interface ParagraphIssue extends TypographyIssue {
  paragraph: number
  /** The text [start, end) read when found. */
  found: string
}

export interface TypographySnapshot {
  paragraphs: readonly string[]
  issues: readonly ParagraphIssue[]
}

export const TYPOGRAPHY_DEBOUNCE_MS = 500
const PARAGRAPH_CACHE = 2000

export class TypographyStore extends ExternalStore<TypographySnapshot> {
  private readonly cache = new Map<string, TypographyIssue[]>()
  private options: TypographyOptions = {}
  private readonly schedule: PauseThenIdle
  /** Paragraphs checked so far (tests count them). */
  checked = 0

  constructor(
    private readonly read: () => string[],
    config: { debounceMs?: number; idle?: IdleRunner } = {}
  ) {
    super({ paragraphs: [], issues: [] })
    this.schedule = new PauseThenIdle(() => this.computeNow(), { delayMs: config.debounceMs ?? TYPOGRAPHY_DEBOUNCE_MS, idle: config.idle })
  }

  /** New settings: every paragraph is checked again, now. */
  setOptions(options: TypographyOptions): void {
    this.options = options
    this.cache.clear()
    this.computeNow()
  }

  bodyChanged(): void {
    this.schedule.poke()
  }

  computeNow(): void {
    this.schedule.cancelIdleRun()
    const paragraphs = this.read()
    const issues: ParagraphIssue[] = []
    paragraphs.forEach((text, paragraph) => {
      let found = this.cache.get(text)
      if (!found) {
        found = checkTypography(text, this.options)
        this.checked++
        if (this.cache.size >= PARAGRAPH_CACHE) this.cache.clear()
        this.cache.set(text, found)
      }
      for (const issue of found) issues.push({ ...issue, paragraph, found: text.slice(issue.start, issue.end) })
    })
    this.setSnapshot({ paragraphs, issues })
  }

  stop(): void {
    this.schedule.cancel()
  }
}
