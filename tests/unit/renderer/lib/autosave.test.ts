// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutosaveScheduler } from '../../../../src/renderer/src/lib/autosave'

function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('autosave scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves once, 700 ms after the last keystroke', async () => {
    const run = vi.fn(async () => true)
    const s = new AutosaveScheduler(run)
    s.touch()
    await vi.advanceTimersByTimeAsync(400)
    s.touch()
    await vi.advanceTimersByTimeAsync(400)
    s.touch()
    await vi.advanceTimersByTimeAsync(699)
    expect(run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(run).toHaveBeenCalledTimes(1)
    expect(s.pending).toBe(false)
  })

  it('does not let continuous typing postpone a save past maxWait', async () => {
    const run = vi.fn(async () => true)
    const s = new AutosaveScheduler(run, { maxWaitMs: 2000 })
    for (let i = 0; i < 10; i++) {
      s.touch()
      await vi.advanceTimersByTimeAsync(300)
    }
    expect(run).toHaveBeenCalled()
  })

  it('flush saves at once and cancels the timer', async () => {
    const run = vi.fn(async () => true)
    const s = new AutosaveScheduler(run)
    s.touch()
    await s.flush()
    expect(run).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(2000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('flush with nothing pending does not save', async () => {
    const run = vi.fn(async () => true)
    const s = new AutosaveScheduler(run)
    expect(await s.flush()).toBe(true)
    expect(run).not.toHaveBeenCalled()
  })

  it('never runs two saves at once, and saves what changed during a save right after it', async () => {
    const gates = [deferred<boolean>(), deferred<boolean>()]
    let calls = 0
    let running = 0
    let maxRunning = 0
    const run = vi.fn(async () => {
      running++
      maxRunning = Math.max(maxRunning, running)
      const ok = await gates[calls++]!.promise
      running--
      return ok
    })
    const s = new AutosaveScheduler(run)
    s.touch()
    const first = s.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(1)
    s.touch() // typed while saving
    const second = s.flush() // and asked to save again
    await vi.advanceTimersByTimeAsync(1000)
    expect(run).toHaveBeenCalledTimes(1)
    gates[0]!.resolve(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(2)
    gates[1]!.resolve(true)
    expect(await first).toBe(true)
    expect(await second).toBe(true)
    expect(maxRunning).toBe(1)
    expect(s.pending).toBe(false)
  })

  it('keeps changes pending after a failed save, and retries on the next change', async () => {
    let ok = false
    const run = vi.fn(async () => ok)
    const s = new AutosaveScheduler(run)
    s.touch()
    expect(await s.flush()).toBe(false)
    expect(s.pending).toBe(true)
    ok = true
    s.touch()
    await vi.advanceTimersByTimeAsync(700)
    expect(run).toHaveBeenCalledTimes(2)
    expect(s.pending).toBe(false)
  })

  it('a thrown error counts as a failed save', async () => {
    const s = new AutosaveScheduler(async () => {
      throw new Error('disk full')
    })
    s.touch()
    expect(await s.flush()).toBe(false)
    expect(s.pending).toBe(true)
  })

  it('pause holds saves (a conflict awaits a decision) and resume picks them up', async () => {
    const run = vi.fn(async () => true)
    const s = new AutosaveScheduler(run)
    s.pause()
    s.touch()
    await vi.advanceTimersByTimeAsync(5000)
    expect(run).not.toHaveBeenCalled()
    s.resume()
    await vi.advanceTimersByTimeAsync(700)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('a change right as a save loop finishes is not stranded', async () => {
    const run = vi.fn(async () => true)
    const s = new AutosaveScheduler(run)
    s.touch()
    const p = s.flush()
    await p
    s.touch()
    await vi.advanceTimersByTimeAsync(700)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('a change made during an automatic save waits for the next pause, not saved back to back', async () => {
    const gate = deferred<boolean>()
    const run = vi.fn(async () => (run.mock.calls.length === 1 ? gate.promise : true))
    const s = new AutosaveScheduler(run)
    s.touch()
    await vi.advanceTimersByTimeAsync(700)
    expect(run).toHaveBeenCalledTimes(1)
    s.touch() // typed while the first save is in flight
    gate.resolve(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(1)
    expect(s.pending).toBe(true)
    await vi.advanceTimersByTimeAsync(700)
    expect(run).toHaveBeenCalledTimes(2)
    expect(s.pending).toBe(false)
  })

  it('while the writer types on, saves come every maxWait, not one after another', async () => {
    const run = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 200))
      return true
    })
    const s = new AutosaveScheduler(run, { maxWaitMs: 5000 })
    // Ten keys a second for 20 seconds.
    for (let i = 0; i < 200; i++) {
      s.touch()
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(3)
    expect(run.mock.calls.length).toBeLessThanOrEqual(5)
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.pending).toBe(false)
  })
})
