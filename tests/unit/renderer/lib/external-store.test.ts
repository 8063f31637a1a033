// The external-store base (lib/externalStore.ts) as useSyncExternalStore uses it: stable
// subscribe/getSnapshot, a snapshot replaced and listeners told, unsubscribe, notify without a
// new snapshot, and clearing every listener; and the per-editor getter (lib/perEditor.ts).
import { createEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { ExternalStore } from '../../../../src/renderer/src/lib/externalStore'
import { perEditor } from '../../../../src/renderer/src/lib/perEditor'

class Counter extends ExternalStore<{ n: number }> {
  constructor() {
    super({ n: 0 })
  }
  bump(): void {
    this.setSnapshot({ n: this.snapshot.n + 1 })
  }
  ping(): void {
    this.notify()
  }
  close(): void {
    this.clearListeners()
  }
}

describe('ExternalStore', () => {
  it('replaces the snapshot and tells each listener until it unsubscribes', () => {
    const store = new Counter()
    const { subscribe, getSnapshot } = store
    const first = getSnapshot()
    const heard: number[] = []
    const off = subscribe(() => heard.push(getSnapshot().n))
    store.bump()
    store.bump()
    expect(heard).toEqual([1, 2])
    expect(getSnapshot()).not.toBe(first)
    expect(first).toEqual({ n: 0 })
    off()
    store.bump()
    expect(heard).toEqual([1, 2])
  })

  it('notify tells listeners with the same snapshot; clearListeners silences them all', () => {
    const store = new Counter()
    const seen: object[] = []
    store.subscribe(() => seen.push(store.getSnapshot()))
    store.subscribe(() => seen.push(store.getSnapshot()))
    const snap = store.getSnapshot()
    store.ping()
    expect(seen).toEqual([snap, snap])
    expect(seen[0]).toBe(snap)
    store.close()
    store.bump()
    expect(seen).toHaveLength(2)
  })
})

describe('perEditor', () => {
  it('makes one object per editor, on first use, with the first call’s arguments', () => {
    let made = 0
    const labelFor = perEditor((_editor, label: string) => ({ label, n: ++made }))
    const a = createEditor()
    const b = createEditor()
    expect(made).toBe(0)
    const first = labelFor(a, 'one')
    expect(labelFor(a, 'two')).toBe(first)
    expect(first.label).toBe('one')
    expect(labelFor(b, 'three')).toEqual({ label: 'three', n: 2 })
    expect(made).toBe(2)
  })
})
