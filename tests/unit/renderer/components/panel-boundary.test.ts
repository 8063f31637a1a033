// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { PanelBoundary } from '../../../../src/renderer/src/components/PanelBoundary'
import { Highlighted } from '../../../../src/renderer/src/components/Highlighted'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function Boom(): never {
  throw new Error('انهار اللوح')
}

describe('panel error boundary', () => {
  it('keeps a failing panel from blanking its neighbours', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const root = createRoot(host)
    await act(async () => {
      root.render(
        createElement(
          'div',
          null,
          createElement(PanelBoundary, { name: 'broken', children: createElement(Boom) }),
          createElement(PanelBoundary, { name: 'fine', children: createElement('p', { id: 'fine' }, 'ما زال يعمل') })
        )
      )
    })
    expect(host.querySelector('#fine')?.textContent).toBe('ما زال يعمل')
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('انهار اللوح')
    await act(async () => root.unmount())
    quiet.mockRestore()
    warn.mockRestore()
  })
})

describe('highlighted text', () => {
  it('renders hits as <mark> text and never parses the text as markup', async () => {
    const host = document.createElement('div')
    const root = createRoot(host)
    await act(async () => {
      root.render(createElement(Highlighted, { text: '<img src=x onerror=alert(1)> أسامة', ranges: [[29, 34]] }))
    })
    expect(host.querySelector('img')).toBeNull()
    expect(host.querySelector('mark')?.textContent).toBe('أسامة')
    expect(host.textContent).toBe('<img src=x onerror=alert(1)> أسامة')
    await act(async () => root.unmount())
  })
})
