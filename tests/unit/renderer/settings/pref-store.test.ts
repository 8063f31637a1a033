// The remembered-preferences store (settings/prefStore.ts): each field read from its own
// localStorage entry (a missing or invalid one falls back), a set remembered and followers told.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PrefStore } from '../../../../src/renderer/src/settings/prefStore'

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
const isNumber = (v: unknown): v is number => typeof v === 'number'

describe('PrefStore', () => {
  let saved: Map<string, string>
  beforeEach(() => {
    saved = new Map()
    vi.stubGlobal('localStorage', { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) })
  })
  afterEach(() => vi.unstubAllGlobals())

  const make = (): PrefStore<{ on: boolean; size: number }> =>
    new PrefStore({ on: { name: 'test.on', valid: isBoolean, fallback: true }, size: { name: 'test.size', valid: isNumber, fallback: 3 } })

  it('reads each field, falling back when missing or invalid', () => {
    saved.set('amud.pref.test.on', 'false')
    saved.set('amud.pref.test.size', '"big"')
    expect(make().getSnapshot()).toEqual({ on: false, size: 3 })
  })

  it('remembers a set and tells followers, with a new snapshot', () => {
    const prefs = make()
    const before = prefs.getSnapshot()
    const heard = vi.fn()
    prefs.subscribe(heard)
    prefs.set('size', 5)
    expect(prefs.getSnapshot()).toEqual({ on: true, size: 5 })
    expect(prefs.getSnapshot()).not.toBe(before)
    expect(heard).toHaveBeenCalledTimes(1)
    expect(saved.get('amud.pref.test.size')).toBe('5')
    expect(make().getSnapshot().size).toBe(5)
  })
})
