// The pause-then-idle scheduler (lib/schedule.ts) on fake timers and a hand-driven idle queue:
// pokes restart the pause, a run waiting for idle time is queued once, flush runs now and drops
// what waited, cancel drops both, pokeOnce does not restart a pause under way, and the delay
// may be read at each poke.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PauseThenIdle, whenIdle, type IdleRunner } from '../../../../src/renderer/src/lib/schedule'

function idleQueue(): { idle: IdleRunner; queued: (() => void)[]; drain: () => void } {
  const queued: (() => void)[] = []
  const idle: IdleRunner = (fn) => {
    queued.push(fn)
    return () => {
      const i = queued.indexOf(fn)
      if (i >= 0) queued.splice(i, 1)
    }
  }
  return { idle, queued, drain: () => queued.splice(0).forEach((fn) => fn()) }
}

describe('PauseThenIdle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs once, after the last poke has gone a full pause, in idle time', () => {
    const { idle, queued, drain } = idleQueue()
    let runs = 0
    const s = new PauseThenIdle(() => runs++, { delayMs: 100, idle })
    for (let i = 0; i < 5; i++) {
      s.poke()
      vi.advanceTimersByTime(60)
    }
    expect(queued).toHaveLength(0)
    expect(s.pending).toBe(true)
    vi.advanceTimersByTime(40)
    expect(queued).toHaveLength(1)
    expect(runs).toBe(0)
    drain()
    expect(runs).toBe(1)
    expect(s.pending).toBe(false)
  })

  it('queues no second idle run while one waits', () => {
    const { idle, queued, drain } = idleQueue()
    let runs = 0
    const s = new PauseThenIdle(() => runs++, { delayMs: 10, idle })
    s.poke()
    vi.advanceTimersByTime(10)
    s.poke()
    vi.advanceTimersByTime(10)
    s.runWhenIdle()
    expect(queued).toHaveLength(1)
    drain()
    expect(runs).toBe(1)
  })

  it('flush runs now and drops the pause and the idle run; cancel drops both without running', () => {
    const { idle, queued, drain } = idleQueue()
    let runs = 0
    const s = new PauseThenIdle(() => runs++, { delayMs: 10, idle })
    s.poke()
    s.flush()
    expect(runs).toBe(1)
    vi.advanceTimersByTime(50)
    expect(queued).toHaveLength(0)

    s.poke()
    vi.advanceTimersByTime(10)
    expect(queued).toHaveLength(1)
    s.cancel()
    expect(queued).toHaveLength(0)
    s.poke()
    s.cancel()
    vi.advanceTimersByTime(50)
    drain()
    expect(runs).toBe(1)
    expect(s.pending).toBe(false)
  })

  it('pokeOnce keeps a pause under way instead of restarting it', () => {
    const { idle, queued } = idleQueue()
    const s = new PauseThenIdle(() => undefined, { delayMs: 100, idle })
    s.pokeOnce()
    vi.advanceTimersByTime(70)
    s.pokeOnce()
    vi.advanceTimersByTime(30)
    expect(queued).toHaveLength(1)
    // Waiting for idle time counts as under way too.
    s.pokeOnce()
    vi.advanceTimersByTime(100)
    expect(queued).toHaveLength(1)
  })

  it('cancelIdleRun drops only the run waiting for idle time', () => {
    const { idle, queued } = idleQueue()
    const s = new PauseThenIdle(() => undefined, { delayMs: 10, idle })
    s.poke()
    vi.advanceTimersByTime(10)
    s.poke()
    s.cancelIdleRun()
    expect(queued).toHaveLength(0)
    vi.advanceTimersByTime(10)
    expect(queued).toHaveLength(1)
  })

  it('reads a delay given as a function at each poke', () => {
    const { idle, queued } = idleQueue()
    let delay = 100
    const s = new PauseThenIdle(() => undefined, { delayMs: () => delay, idle })
    s.poke()
    vi.advanceTimersByTime(99)
    expect(queued).toHaveLength(0)
    delay = 20
    s.poke()
    vi.advanceTimersByTime(20)
    expect(queued).toHaveLength(1)
  })

  it('defaults to whenIdle, which falls back to the next turn where there is no requestIdleCallback', () => {
    let runs = 0
    const s = new PauseThenIdle(() => runs++, { delayMs: 10 })
    s.poke()
    vi.advanceTimersByTime(10)
    expect(runs).toBe(0)
    vi.advanceTimersByTime(1)
    expect(runs).toBe(1)
    const cancel = whenIdle(() => runs++)
    cancel()
    vi.advanceTimersByTime(10)
    expect(runs).toBe(1)
  })
})
