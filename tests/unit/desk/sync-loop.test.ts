// The host's background sync loop, with time turned by hand: it syncs at start, again after
// its interval, at once when poked, never two at a time, and backs off while the desk is away.
import { describe, expect, it } from 'vitest'
import { SyncLoop, type LoopTimers } from '../../../src/node/desk/sync-loop'

class HandTimers implements LoopTimers {
  pending: { fn: () => void; ms: number; id: number }[] = []
  private next = 0
  set(fn: () => void, ms: number): unknown {
    const id = ++this.next
    this.pending.push({ fn, ms, id })
    return id
  }
  clear(h: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== h)
  }
  /** Fires the one waiting timer; returns its delay. */
  fire(): number {
    expect(this.pending).toHaveLength(1)
    const t = this.pending.shift()!
    t.fn()
    return t.ms
  }
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r))

describe('SyncLoop', () => {
  it('never runs two syncs at once, and queues one more run at most', async () => {
    let running = 0
    let most = 0
    let runs = 0
    const gates: (() => void)[] = []
    const loop = new SyncLoop(
      async () => {
        running++
        runs++
        most = Math.max(most, running)
        await new Promise<void>((r) => gates.push(r))
        running--
        return true
      },
      { timers: new HandTimers() }
    )
    loop.start()
    const a = loop.now()
    const b = loop.now()
    loop.poke()
    await settle()
    expect(runs).toBe(1)
    gates.shift()!()
    await settle()
    expect(runs).toBe(2)
    gates.shift()!()
    await Promise.all([a, b])
    expect(most).toBe(1)
    expect(runs).toBe(2)
    loop.stop()
  })

  it('waits its interval while the desk answers, doubles it while not, and is back at once', async () => {
    const timers = new HandTimers()
    let ok = false
    let runs = 0
    const loop = new SyncLoop(
      async () => {
        runs++
        return ok
      },
      { intervalMs: 1000, maxBackoffMs: 5000, timers }
    )
    loop.start()
    await settle()
    expect(runs).toBe(1)
    const delays: number[] = []
    for (let i = 0; i < 4; i++) {
      delays.push(timers.fire())
      await settle()
    }
    expect(delays).toEqual([2000, 4000, 5000, 5000])
    // A save while the desk is away waits for the backoff's timer.
    loop.poke()
    await settle()
    expect(runs).toBe(5)
    ok = true
    timers.fire()
    await settle()
    expect(runs).toBe(6)
    expect(timers.pending.map((t) => t.ms)).toEqual([1000])
    loop.poke()
    await settle()
    expect(runs).toBe(7)
    loop.stop()
    expect(timers.pending).toEqual([])
  })
})
