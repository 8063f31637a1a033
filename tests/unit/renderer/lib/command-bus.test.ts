// @vitest-environment jsdom
// The app's command bus: menu and keyboard commands reach whoever is on screen to act on them.
import { act, createElement, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { createCommandBus, useCommand, type CommandBus } from '../../../../src/renderer/src/lib/commandBus'
import type { Command } from '../../../../src/renderer/src/lib/commands'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

describe('command bus', () => {
  it('hands a command only to the handlers subscribed to it, each once', () => {
    const bus = createCommandBus()
    const got: string[] = []
    bus.on('export', (c) => got.push(`a:${c}`))
    bus.on(['find', 'replace'], (c) => got.push(`b:${c}`))
    expect(bus.emit('find')).toBe(1)
    expect(bus.emit('export')).toBe(1)
    expect(bus.emit('replace')).toBe(1)
    expect(bus.emit('import')).toBe(0)
    expect(got).toEqual(['b:find', 'a:export', 'b:replace'])
  })

  it('stops delivering after unsubscribe, per subscription', () => {
    const bus = createCommandBus()
    const got: Command[] = []
    const h = (c: Command): void => void got.push(c)
    const off1 = bus.on('import', h)
    const off2 = bus.on('import', h)
    expect(bus.emit('import')).toBe(2)
    off1()
    expect(bus.emit('import')).toBe(1)
    off2()
    expect(bus.emit('import')).toBe(0)
    expect(got).toEqual(['import', 'import', 'import'])
  })

  it('lets a handler unsubscribe another mid-delivery without losing this command', () => {
    const bus = createCommandBus()
    const got: string[] = []
    let offB = (): void => undefined
    bus.on('zoom-in', () => {
      got.push('a')
      offB()
    })
    offB = bus.on('zoom-in', () => void got.push('b'))
    bus.emit('zoom-in')
    bus.emit('zoom-in')
    expect(got).toEqual(['a', 'b', 'a'])
  })

  it('useCommand runs the latest render’s handler while mounted, and nothing after', async () => {
    const bus: CommandBus = createCommandBus()
    const seen: string[] = []
    let bump = (): void => undefined
    function Listener(): null {
      const [n, setN] = useState(0)
      bump = () => setN((x) => x + 1)
      useCommand(['export', 'import'], (c) => void seen.push(`${c}@${n}`), bus)
      return null
    }
    const host = document.createElement('div')
    const root = createRoot(host)
    await act(async () => root.render(createElement(Listener)))
    act(() => void bus.emit('export'))
    await act(async () => bump())
    act(() => void bus.emit('import'))
    expect(bus.emit('find')).toBe(0)
    await act(async () => root.unmount())
    expect(bus.emit('export')).toBe(0)
    expect(seen).toEqual(['export@0', 'import@1'])
  })
})
