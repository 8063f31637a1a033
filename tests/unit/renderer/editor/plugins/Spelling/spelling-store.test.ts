// The editor's spelling store: off the typing path (debounced), paragraphs tokenized once per
// text, only unknown words sent to the checker, in batches, and rechecks without flicker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SPELL_BATCH, SPELL_DEBOUNCE_MS, SpellStore, type Checker } from '../../../../../../src/renderer/src/editor/plugins/Spelling/spellStore'

const WRONG = new Set(['ذهبو', 'الذى'])

function fakeChecker(): { check: Checker; calls: string[][] } {
  const calls: string[][] = []
  const check: Checker = async (words) => {
    calls.push(words)
    return words.map((word) => ({ word, correct: !WRONG.has(word), suggestions: word === 'ذهبو' ? ['ذهبوا'] : [] }))
  }
  return { check, calls }
}

const now = (fn: () => void): (() => void) => (fn(), () => undefined)

describe('SpellStore', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('checks only after the writer pauses, and sends each word once per session', async () => {
    let body = ['الطلاب الذى ذهبو إلى المدرسة']
    const { check, calls } = fakeChecker()
    let reads = 0
    const store = new SpellStore(() => (reads++, body), check, { idle: now })
    const seen: number[] = []
    store.subscribe(() => seen.push(store.getSnapshot().misspellings.length))
    for (let i = 0; i < 10; i++) store.bodyChanged()
    await vi.advanceTimersByTimeAsync(SPELL_DEBOUNCE_MS - 10)
    // Ten keystrokes: not one read of the body yet.
    expect(reads).toBe(0)
    expect(calls).toEqual([])
    await vi.advanceTimersByTimeAsync(20)
    expect(reads).toBe(1)
    await store.idle()
    expect(calls).toEqual([['الطلاب', 'الذى', 'ذهبو', 'إلى', 'المدرسة']])
    expect(store.getSnapshot().misspellings.map((m) => [m.paragraph, m.start, m.end, m.text])).toEqual([
      [0, 7, 11, 'الذى'],
      [0, 12, 16, 'ذهبو']
    ])
    expect(store.verdict('ذهبو')?.suggestions).toEqual(['ذهبوا'])

    // A new paragraph: only its new words go to the checker.
    body = [...body, 'ذهبو إلى السوق']
    await store.computeNow()
    expect(calls[1]).toEqual(['السوق'])
    expect(store.getSnapshot().misspellings.map((m) => `${m.paragraph}:${m.text}`)).toEqual(['0:الذى', '0:ذهبو', '1:ذهبو'])
    // Nothing new: no call at all.
    await store.computeNow()
    expect(calls).toHaveLength(2)
    expect(seen.length).toBeGreaterThan(0)
  })

  it('batches at the contract limit', async () => {
    const words = Array.from({ length: SPELL_BATCH + 10 }, (_, i) => 'كلمة' + 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'[i % 28]!.repeat(1 + Math.floor(i / 28)))
    const { check, calls } = fakeChecker()
    const store = new SpellStore(() => [words.join(' ')], check)
    await store.computeNow()
    expect(calls.map((c) => c.length)).toEqual([SPELL_BATCH, 10])
  })

  it('accepts an added word at once and rechecks the flagged ones', async () => {
    const { check, calls } = fakeChecker()
    const store = new SpellStore(() => ['الذى ذهبو'], check)
    await store.computeNow()
    store.accept('ذهبو')
    expect(store.getSnapshot().misspellings.map((m) => m.text)).toEqual(['الذى'])
    await store.recheck()
    expect(calls.at(-1)).toEqual(['الذى'])
  })

  it('underlines known wrong phrases, whose words are each correct, with their one fix', async () => {
    const { check } = fakeChecker()
    const store = new SpellStore(() => ['سنلتقي غدا إنشاء الله'], check)
    await store.computeNow()
    expect(store.getSnapshot().misspellings.map((m) => [m.text, m.phrase])).toEqual([['إنشاء الله', 'إن شاء الله']])
  })

  it('underlines nothing when the checker fails', async () => {
    const store = new SpellStore(
      () => ['الذى'],
      () => Promise.reject(new Error('no dictionary'))
    )
    await store.computeNow()
    expect(store.error).toBe('no dictionary')
    expect(store.getSnapshot().misspellings).toEqual([])
  })

  it('marks hamza slips with their fix, and hides the omitted ones under the house style, without asking again', async () => {
    const calls: string[][] = []
    const check: Checker = async (words) => {
      calls.push(words)
      return words.map((word) =>
        word === 'الى'
          ? { word, correct: false, suggestions: ['إلى'], kind: 'hamza' as const, fix: 'إلى', hamzaOmitted: true }
          : word === 'ان'
            ? { word, correct: false, suggestions: ['أن', 'إن'], kind: 'hamza' as const, hamzaOmitted: true }
            : { word, correct: !WRONG.has(word), suggestions: [], kind: WRONG.has(word) ? ('word' as const) : undefined }
      )
    }
    let optional = false
    const store = new SpellStore(() => ['قال ان الذى ذهب الى السوق'], check, { idle: now, hamzaOptional: () => optional })
    await store.computeNow()
    expect(store.getSnapshot().misspellings.map((m) => [m.text, m.hamza])).toEqual([
      ['ان', {}],
      ['الذى', undefined],
      ['الى', { fix: 'إلى' }]
    ])
    optional = true
    await store.computeNow()
    expect(store.getSnapshot().misspellings.map((m) => m.text)).toEqual(['الذى'])
    expect(calls).toHaveLength(1)
  })
})
