import { afterEach, describe, expect, it, vi } from 'vitest'
import { BodyStore } from '../../../../../../src/renderer/src/editor/plugins/PullQuote/bodyStore'
import { isPullQuoteShortcut } from '../../../../../../src/renderer/src/editor/plugins/PullQuote/commands'
import { articlePullQuoteStatus, bodySpan, pullQuoteStatus, pullQuoteView } from '../../../../../../src/renderer/src/editor/plugins/PullQuote/pullQuoteStatus'
import { QuoteHistory } from '../../../../../../src/renderer/src/lib/quoteHistory'
import { oneLine } from '../../../../../../src/renderer/src/screens/editor/usePullQuoteChoice'
import { pullQuotesOpenByDefault } from '../../../../../../src/renderer/src/screens/pullquote/openByDefault'
import { FULL_SCORE, scoreShare } from '../../../../../../src/renderer/src/screens/pullquote/CandidateCard'
import { documentFromParagraphs } from '../../../../../../src/shared/document'

const BODY = [
  'يقضي الموظف في عاصمتنا ما يقارب ساعتين يوميا في الطريق بين بيته وعمله. هذه ليست مبالغة صحفية، بل نتيجة مسح أجرته هيئة النقل.',
  'المدينة التي تصمم للسيارات تنتهي بأن تطرد البشر من شوارعها. هل نريد مدنا نعيش فيها، أم مدنا نعبرها مسرعين إلى مكان آخر؟'
]
const QUOTE = 'المدينة التي تصمم للسيارات تنتهي بأن تطرد البشر من شوارعها.'

afterEach(() => {
  vi.useRealTimers()
})

describe('the pull quote’s state', () => {
  it('is found with its span, missing once the body lost it, empty without words', () => {
    const found = pullQuoteStatus(BODY, `«${QUOTE}»`)
    expect(found).toMatchObject({ state: 'found', words: 10, location: { paragraph: 1, start: 0, end: QUOTE.length } })
    expect(pullQuoteStatus([BODY[0]!], QUOTE).state).toBe('missing')
    expect(pullQuoteStatus(BODY, '  ')).toMatchObject({ state: 'empty', words: 0 })
  })

  it('says the quote differs once a word of its sentence changed in the body, and gives the body’s words', () => {
    const edited = [BODY[0]!, BODY[1]!.replace('تطرد', 'تبعد')]
    const status = pullQuoteStatus(edited, QUOTE)
    // Still found (within the similarity rule), but not what the body says any more.
    expect(status.state).toBe('found')
    expect(pullQuoteView(status)).toBe('differs')
    expect(bodySpan(edited, status.location, QUOTE)).toBe('المدينة التي تصمم للسيارات تنتهي بأن تبعد البشر من شوارعها.')
    // The body's words make it found again; an exact or respelled-by-normalization quote never differs.
    expect(pullQuoteView(pullQuoteStatus(edited, bodySpan(edited, status.location, QUOTE)!))).toBe('found')
    expect(pullQuoteView(pullQuoteStatus(BODY, QUOTE.replace('بأن', 'بان')))).toBe('found')
    expect(pullQuoteView(pullQuoteStatus([BODY[0]!], QUOTE))).toBe('missing')
    expect(pullQuoteView(pullQuoteStatus(BODY, ''))).toBe('empty')
    expect(bodySpan(edited, status.location, QUOTE.slice(0, -1))).toBe('المدينة التي تصمم للسيارات تنتهي بأن تبعد البشر من شوارعها')
    expect(bodySpan(BODY, pullQuoteStatus([BODY[0]!], QUOTE).location, QUOTE)).toBeNull()
  })

  it('is the same for a saved article as for the editor', () => {
    const article = { document: documentFromParagraphs(BODY), pullQuote: QUOTE }
    expect(articlePullQuoteStatus(article)).toEqual(pullQuoteStatus(BODY, QUOTE))
  })
})

describe('the body store', () => {
  function setup(paragraphs: string[]) {
    vi.useFakeTimers()
    let body = paragraphs
    const reads = vi.fn(() => body)
    const idle: (() => void)[] = []
    const store = new BodyStore(reads, { debounceMs: 300, idle: (fn) => (idle.push(fn), () => idle.splice(idle.indexOf(fn), 1)) })
    const runIdle = (): void => {
      while (idle.length) idle.shift()!()
    }
    return { store, reads, runIdle, setBody: (b: string[]) => (body = b) }
  }

  it('reads the body at once, and ranks only once something wants candidates, in idle time', () => {
    const { store, runIdle } = setup(BODY)
    expect(store.getSnapshot()).toMatchObject({ paragraphs: BODY, candidates: null })
    const release = store.wantCandidates()
    expect(store.getSnapshot().candidates).toBeNull()
    runIdle()
    const candidates = store.getSnapshot().candidates!
    expect(candidates.length).toBeGreaterThan(0)
    for (const c of candidates) expect(BODY[c.paragraph]!.slice(c.start, c.end)).toBe(c.text)
    release()
  })

  it('recomputes once typing pauses for the debounce, never per keystroke', () => {
    const { store, reads, runIdle, setBody } = setup(BODY)
    store.wantCandidates()
    runIdle()
    const listener = vi.fn()
    store.subscribe(listener)
    reads.mockClear()
    for (let i = 0; i < 10; i++) {
      store.bodyChanged()
      vi.advanceTimersByTime(100)
    }
    runIdle()
    expect(reads).not.toHaveBeenCalled()
    setBody([BODY[0]!])
    vi.advanceTimersByTime(300)
    expect(reads).not.toHaveBeenCalled() // waits for idle time too
    runIdle()
    expect(reads).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot().paragraphs).toEqual([BODY[0]])
    expect(store.getSnapshot().candidates!.every((c) => c.paragraph === 0)).toBe(true)
  })

  it('keeps the same snapshot when an edit left the text as it was (formatting)', () => {
    const { store, runIdle } = setup(BODY)
    store.wantCandidates()
    runIdle()
    const before = store.getSnapshot()
    store.bodyChanged()
    vi.advanceTimersByTime(300)
    runIdle()
    expect(store.getSnapshot()).toBe(before)
  })

  it('drops pending work when stopped', () => {
    const { store, reads, runIdle } = setup(BODY)
    reads.mockClear()
    store.bodyChanged()
    store.stop()
    vi.advanceTimersByTime(1000)
    runIdle()
    expect(reads).not.toHaveBeenCalled()
  })
})

describe('undoing a chosen pull quote', () => {
  it('goes back one choice at a time, while the field holds what the choice put there', () => {
    const h = new QuoteHistory()
    h.record('', 'أ')
    h.record('أ', 'ب')
    expect(h.canUndo('ب')).toBe(true)
    expect(h.undo('ب')).toBe('أ')
    expect(h.undo('أ')).toBe('')
    expect(h.canUndo('')).toBe(false)
  })

  it('gives way to typing: once the writer edits the field, Ctrl+Z is the field’s own again', () => {
    const h = new QuoteHistory()
    h.record('قديم', 'جديد')
    expect(h.canUndo('جديد وزيادة')).toBe(false)
    expect(h.undo('جديد وزيادة')).toBeNull()
    expect(h.canUndo('جديد')).toBe(false) // the history was dropped
  })

  it('makes a quote one line, as line 2 of the tagged file needs', () => {
    expect(oneLine('  سطر أول\n\nوسطر\tثان  ')).toBe('سطر أول وسطر ثان')
  })
})

describe('small decisions', () => {
  it('Ctrl+Shift+Q by physical key, whatever the layout types', () => {
    const key = { code: 'KeyQ', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true }
    expect(isPullQuoteShortcut(key)).toBe(true)
    expect(isPullQuoteShortcut({ ...key, ctrlKey: false, metaKey: true })).toBe(true)
    expect(isPullQuoteShortcut({ ...key, shiftKey: false })).toBe(false)
    expect(isPullQuoteShortcut({ ...key, altKey: true })).toBe(false)
    expect(isPullQuoteShortcut({ ...key, code: 'KeyA' })).toBe(false)
  })

  it('score bars share one scale, with a sliver for the weakest', () => {
    expect(scoreShare(FULL_SCORE)).toBe(1)
    expect(scoreShare(FULL_SCORE * 2)).toBe(1)
    expect(scoreShare(FULL_SCORE / 2)).toBe(0.5)
    expect(scoreShare(-3)).toBeGreaterThan(0)
  })

  it('opens the proposals for an article with text and no pull quote', () => {
    expect(pullQuotesOpenByDefault({ pullQuote: '', bodyText: 'نص' })).toBe(true)
    expect(pullQuotesOpenByDefault({ pullQuote: 'اقتباس', bodyText: 'نص' })).toBe(false)
    expect(pullQuotesOpenByDefault({ pullQuote: ' ', bodyText: '' })).toBe(false)
  })
})
