// The body's typography issues, kept off the typing path: an edit restarts a timer; once typing
// pauses the paragraphs are read in idle time and checked, each paragraph's issues cached by its
// text (a pause re-checks only the paragraphs that changed). Independent of Lexical.
import { checkTypography, type TypographyIssue, type TypographyOptions } from '../../../../../shared/arabic'
import { whenIdle } from '../../../lib/whenIdle'

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

export class TypographyStore {
  private snapshot: TypographySnapshot = { paragraphs: [], issues: [] }
  private readonly listeners = new Set<() => void>()
  private readonly cache = new Map<string, TypographyIssue[]>()
  private options: TypographyOptions = {}
  private timer: ReturnType<typeof setTimeout> | null = null
  private cancelIdle: (() => void) | null = null
  /** Paragraphs checked so far (tests count them). */
  checked = 0

  constructor(
    private readonly read: () => string[],
    private readonly config: { debounceMs?: number; idle?: (fn: () => void) => () => void } = {}
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): TypographySnapshot => this.snapshot

  /** New settings: every paragraph is checked again, now. */
  setOptions(options: TypographyOptions): void {
    this.options = options
    this.cache.clear()
    this.computeNow()
  }

  bodyChanged(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      if (this.cancelIdle) return
      this.cancelIdle = (this.config.idle ?? whenIdle)(() => {
        this.cancelIdle = null
        this.computeNow()
      })
    }, this.config.debounceMs ?? TYPOGRAPHY_DEBOUNCE_MS)
  }

  computeNow(): void {
    this.cancelIdle?.()
    this.cancelIdle = null
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
    this.snapshot = { paragraphs, issues }
    for (const l of this.listeners) l()
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.cancelIdle?.()
    this.cancelIdle = null
  }
}
