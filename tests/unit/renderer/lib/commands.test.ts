// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { commandForKey, createCommandFilter } from '../../../../src/renderer/src/lib/commands'

const key = (code: string, extra: Partial<KeyboardEvent> = {}) => ({ key: '', code, ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, ...extra })

describe('keyboard shortcuts', () => {
  it('maps Ctrl+N/S/K and zoom keys by physical key (works under an Arabic layout)', () => {
    expect(commandForKey(key('KeyN', { key: 'ى' }))).toBe('new-article')
    expect(commandForKey(key('KeyS'))).toBe('save-now')
    expect(commandForKey(key('KeyK'))).toBe('search-library')
    expect(commandForKey(key('KeyF', { key: 'ب' }))).toBe('find')
    expect(commandForKey(key('KeyH', { key: 'ا' }))).toBe('replace')
    expect(commandForKey(key('Equal'))).toBe('zoom-in')
    expect(commandForKey(key('Minus'))).toBe('zoom-out')
    expect(commandForKey(key('Digit0'))).toBe('zoom-reset')
  })

  it('ignores keys without Ctrl/Cmd, or with Alt', () => {
    expect(commandForKey(key('KeyN', { ctrlKey: false }))).toBeNull()
    expect(commandForKey(key('KeyN', { altKey: true }))).toBeNull()
    expect(commandForKey(key('KeyB'))).toBeNull()
  })

  it('treats the same command from the menu and the keyboard at once as one', () => {
    let now = 0
    const fresh = createCommandFilter(() => now)
    expect(fresh('new-article', 'keyboard')).toBe(true)
    now = 50
    expect(fresh('new-article', 'menu')).toBe(false)
    expect(fresh('save-now', 'menu')).toBe(true)
    now = 1000
    expect(fresh('new-article', 'menu')).toBe(true)
  })

  it('keeps quick repeats from one source (Ctrl+− twice zooms out twice)', () => {
    let now = 0
    const fresh = createCommandFilter(() => now)
    expect(fresh('zoom-out', 'keyboard')).toBe(true)
    now = 30
    expect(fresh('zoom-out', 'keyboard')).toBe(true)
    now = 60
    expect(fresh('zoom-out', 'menu')).toBe(false)
    now = 90
    expect(fresh('zoom-out', 'keyboard')).toBe(true)
  })
})
