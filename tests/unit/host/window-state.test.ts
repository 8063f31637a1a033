import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, loadWindowState, parseWindowState, placeWindow, saveWindowState } from '../../../src/node/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('placeWindow', () => {
  it('centres a first window on the primary display', () => {
    expect(placeWindow(null, [laptop])).toEqual({ x: 80, y: 8, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height })
  })

  it('keeps a saved place that is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000 }
    expect(placeWindow(saved, [laptop, rightMonitor])).toEqual(saved)
  })

  it('brings a window back when its display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 }
    expect(placeWindow(saved, [laptop])).toEqual({ x: 120, y: 38, width: 1200, height: 800 })
  })

  it('shrinks a window larger than the display it lands on', () => {
    const saved = { x: 1600, y: 100, width: 2400, height: 1300 }
    expect(placeWindow(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
  })

  it('rescues a window whose title bar is off screen', () => {
    const above = placeWindow({ x: 100, y: -700, width: 1000, height: 800 }, [laptop])
    expect(above.y).toBeGreaterThanOrEqual(0)
    const offLeft = placeWindow({ x: -990, y: 50, width: 1000, height: 700 }, [laptop])
    expect(offLeft.x).toBeGreaterThanOrEqual(0)
  })

  it('enforces the minimum size and whole pixels', () => {
    expect(placeWindow({ x: 10.4, y: 20.6, width: 100, height: 50 }, [laptop])).toEqual({ x: 10, y: 21, width: 640, height: 480 })
  })
})

describe('window state file', () => {
  it('reads back what it saved, and treats damage as no state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amud-window-'))
    try {
      const file = join(dir, 'nested', 'window-state.json')
      expect(loadWindowState(file)).toEqual({ bounds: null, maximized: false })
      const state = { bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: true }
      saveWindowState(file, state)
      expect(loadWindowState(file)).toEqual(state)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state)
      writeFileSync(file, '{"bounds": {"x": "1"')
      expect(loadWindowState(file)).toEqual({ bounds: null, maximized: false })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":null,"height":3}}').bounds).toBeNull()
    expect(parseWindowState('null')).toEqual({ bounds: null, maximized: false })
  })
})
