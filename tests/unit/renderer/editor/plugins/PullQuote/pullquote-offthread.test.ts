// The pull quote kept off the typing path: its state is re-checked first in the paragraph it
// was found in, the whole body is searched only when that fails (elsewhere, answering later),
// and ranking handed to a worker keeps the old candidates until the new ones come.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BodyStore, debounceFor, RECOMPUTE_DEBOUNCE_MS } from '../../../../../../src/renderer/src/editor/plugins/PullQuote/bodyStore'
import { pullQuoteStatus, type PullQuoteStatus } from '../../../../../../src/renderer/src/editor/plugins/PullQuote/pullQuoteStatus'
import { QuoteLocator } from '../../../../../../src/renderer/src/editor/plugins/PullQuote/quoteLocator'
import { rankPullQuotes, type PullQuoteCandidate } from '../../../../../../src/shared/pullquote'

const BODY = [
  'يقضي الموظف في عاصمتنا ما يقارب ساعتين يوميا في الطريق بين بيته وعمله. هذه ليست مبالغة صحفية، بل نتيجة مسح أجرته هيئة النقل.',
  'المدينة التي تصمم للسيارات تنتهي بأن تطرد البشر من شوارعها. هل نريد مدنا نعيش فيها، أم مدنا نعبرها مسرعين إلى مكان آخر؟'
]
const QUOTE = 'المدينة التي تصمم للسيارات تنتهي بأن تطرد البشر من شوارعها.'

afterEach(() => {
  vi.useRealTimers()
})

function locator() {
  const asked: { paragraphs: readonly string[]; quote: string; answer: (s: PullQuoteStatus) => void }[] = []
  const l = new QuoteLocator((paragraphs, quote) => new Promise((answer) => asked.push({ paragraphs, quote, answer })))
  return { l, asked }
}

describe('QuoteLocator', () => {
  it('answers at once while the paragraph the quote was found in still holds it', () => {
    const { l, asked } = locator()
    expect(l.statusFor(BODY, QUOTE).status.location).toMatchObject({ state: 'found', paragraph: 1 })
    // Typing in another paragraph, a paragraph added before it, and an edit beside the quote.
    const typed = [BODY[0] + ' كلمة', BODY[1]!]
    expect(l.statusFor(typed, QUOTE).status.location).toMatchObject({ state: 'found', paragraph: 1 })
    const added = ['سطر جديد', ...typed]
    expect(l.statusFor(added, QUOTE).status.location).toMatchObject({ state: 'found', paragraph: 2 })
    const edited = [added[0]!, added[1]!, added[2] + ' وأكثر']
    const located = l.statusFor(edited, QUOTE)
    expect(located.status.location).toMatchObject({ state: 'found', paragraph: 2, start: 0, end: QUOTE.length })
    expect(located.paragraphs).toBe(edited)
    expect(l.searches).toBe(0)
    expect(asked).toHaveLength(0)
  })

  it('searches the whole body elsewhere once the quote left its paragraph, keeping the last state meanwhile', async () => {
    const { l, asked } = locator()
    const listener = vi.fn()
    l.subscribe(listener)
    l.statusFor(BODY, QUOTE)
    const cut = [BODY[0]!, 'هل نريد مدنا نعيش فيها؟']
    expect(l.statusFor(cut, QUOTE).status.state).toBe('found')
    expect(l.statusFor(cut, QUOTE).status.state).toBe('found')
    expect(asked).toHaveLength(1)
    // A later body supersedes the search under way: its answer is dropped.
    const later = [BODY[0]!, 'هل نريد مدنا؟']
    l.statusFor(later, QUOTE)
    expect(asked).toHaveLength(2)
    asked[0]!.answer(pullQuoteStatus(asked[0]!.paragraphs, QUOTE))
    await Promise.resolve()
    expect(listener).not.toHaveBeenCalled()
    asked[1]!.answer(pullQuoteStatus(asked[1]!.paragraphs, QUOTE))
    await Promise.resolve()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(l.statusFor(later, QUOTE).status.state).toBe('missing')
  })

  it('knows an empty quote at once', () => {
    const { l, asked } = locator()
    l.statusFor(BODY, QUOTE)
    expect(l.statusFor(BODY, ' «» ').status.state).toBe('empty')
    expect(asked).toHaveLength(0)
  })
})

describe('the body store, ranking elsewhere', () => {
  it('waits longer for a pause on a longer body', () => {
    expect(debounceFor(BODY)).toBe(RECOMPUTE_DEBOUNCE_MS + 2)
    expect(debounceFor(Array(760).fill('ك'.repeat(285)))).toBeGreaterThan(1500)
    expect(debounceFor(Array(5000).fill('ك'.repeat(285)))).toBe(2000)
  })

  it('keeps the old candidates until the new ranking answers, and drops a superseded one', async () => {
    vi.useFakeTimers()
    let body = BODY
    const answers: ((c: readonly PullQuoteCandidate[]) => void)[] = []
    const idle: (() => void)[] = []
    const runIdle = (): void => {
      while (idle.length) idle.shift()!()
    }
    const store = new BodyStore(() => body, {
      debounceMs: 300,
      idle: (fn) => (idle.push(fn), () => idle.splice(idle.indexOf(fn), 1)),
      rank: () => new Promise((answer) => answers.push(answer))
    })
    store.wantCandidates()
    runIdle()
    expect(answers).toHaveLength(1)
    const first = rankPullQuotes(BODY)
    answers[0]!(first)
    await Promise.resolve()
    expect(store.getSnapshot().candidates).toBe(first)
    body = [BODY[1]!]
    store.bodyChanged()
    vi.advanceTimersByTime(300)
    runIdle()
    expect(store.getSnapshot()).toMatchObject({ paragraphs: body, candidates: first })
    body = [BODY[0]!]
    store.bodyChanged()
    vi.advanceTimersByTime(300)
    runIdle()
    answers[1]!(rankPullQuotes([BODY[1]!]))
    await Promise.resolve()
    expect(store.getSnapshot().candidates).toBe(first)
    const last = rankPullQuotes(body)
    answers[2]!(last)
    await Promise.resolve()
    expect(store.getSnapshot()).toMatchObject({ paragraphs: body, candidates: last })
  })
})
