// The pull quote's state as the body changes, kept off the typing path. Locating it over the
// whole body (an exact search, then a word alignment over every paragraph) takes tens to
// hundreds of milliseconds on a long article, so after an edit the paragraph it was found in is
// checked first: unchanged (perhaps moved), or still holding it, the answer is known at once.
// Otherwise the whole body is searched elsewhere (the engine: a worker) and the last known
// state stands until the answer comes.
import { locatePullQuote } from '../../../../../shared/pullquote'
import { pullQuoteStatus, type PullQuoteStatus } from './pullQuoteStatus'

export interface Located {
  status: PullQuoteStatus
  /** The paragraphs the status's location points into. */
  paragraphs: readonly string[]
  quote: string
}

export type Locate = (paragraphs: readonly string[], quote: string) => Promise<PullQuoteStatus>

export class QuoteLocator {
  private last: Located | null = null
  private asked: { paragraphs: readonly string[]; quote: string } | null = null
  private readonly listeners = new Set<() => void>()
  /** Searches of the whole body started (tests count them). */
  searches = 0

  constructor(private readonly locate: Locate) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The state for the body and quote: at once when it can be had cheaply, else the last known one while the body is searched. */
  statusFor(paragraphs: readonly string[], quote: string): Located {
    const last = this.last
    if (last && last.paragraphs === paragraphs && last.quote === quote) return last
    const quick = this.quick(paragraphs, quote)
    if (quick) return (this.last = quick)
    // The first answer, as the article opens: worth waiting for, so the field never shows a wrong state.
    if (!last) return (this.last = { status: pullQuoteStatus(paragraphs, quote), paragraphs, quote })
    this.search(paragraphs, quote)
    return last
  }

  private quick(paragraphs: readonly string[], quote: string): Located | null {
    const alone = pullQuoteStatus([], quote)
    if (alone.state === 'empty') return { status: alone, paragraphs, quote }
    const last = this.last
    if (!last || last.quote !== quote || last.status.state !== 'found') return null
    const location = last.status.location
    const at = location.paragraph!
    const text = last.paragraphs[at]!
    const moved = paragraphs[at] === text ? at : paragraphs.indexOf(text)
    if (moved >= 0) return { status: { ...last.status, location: { ...location, paragraph: moved } }, paragraphs, quote }
    // The paragraph was edited in place: the quote is most likely still there.
    if (paragraphs.length === last.paragraphs.length) {
      const there = locatePullQuote([paragraphs[at]!], quote)
      if (there.state === 'found') return { status: { ...last.status, location: { ...there, paragraph: at } }, paragraphs, quote }
    }
    return null
  }

  private search(paragraphs: readonly string[], quote: string): void {
    if (this.asked && this.asked.paragraphs === paragraphs && this.asked.quote === quote) return
    const asked = { paragraphs, quote }
    this.asked = asked
    this.searches++
    this.locate(paragraphs, quote).then(
      (status) => {
        // A later body or quote was asked about meanwhile: this answer is already stale.
        if (this.asked !== asked) return
        this.asked = null
        this.last = { status, paragraphs, quote }
        for (const l of this.listeners) l()
      },
      () => {
        if (this.asked === asked) this.asked = null
      }
    )
  }
}
