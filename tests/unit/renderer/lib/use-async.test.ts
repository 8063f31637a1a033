// @vitest-environment jsdom
// useAsync: loading while the key's answer is not in, the previous data kept meanwhile, a stale
// answer dropped, and the latest render's loader used (an effect event, not a ref).
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { useAsync, type AsyncState } from '../../../../src/renderer/src/lib/useAsync'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('useAsync', () => {
  it('loads per key, keeps the previous data while loading, drops a stale answer', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<string>>>()
    const loaderOf = (key: string) => () => {
      const d = deferred<string>()
      pending.set(key, d)
      return d.promise
    }
    const seen: AsyncState<string>[] = []
    function View({ k }: { k: string }): null {
      seen.push(useAsync(loaderOf(k), k))
      return null
    }
    const root = createRoot(document.createElement('div'))
    const last = (): AsyncState<string> => seen[seen.length - 1]!

    await act(async () => root.render(createElement(View, { k: 'a' })))
    expect(last()).toEqual({ data: undefined, error: null, loading: true })
    await act(async () => pending.get('a')!.resolve('A'))
    expect(last()).toEqual({ data: 'A', error: null, loading: false })

    // Key b, then c before b answers: b's late answer never shows.
    await act(async () => root.render(createElement(View, { k: 'b' })))
    expect(last()).toEqual({ data: 'A', error: null, loading: true })
    await act(async () => root.render(createElement(View, { k: 'c' })))
    await act(async () => pending.get('c')!.resolve('C'))
    await act(async () => pending.get('b')!.resolve('B'))
    expect(last()).toEqual({ data: 'C', error: null, loading: false })
    expect(seen.some((s) => s.data === 'B')).toBe(false)

    // A failure keeps the data it had and says why.
    await act(async () => root.render(createElement(View, { k: 'd' })))
    await act(async () => pending.get('d')!.reject(new Error('تعذّر التحميل')))
    expect(last().data).toBe('C')
    expect(last().error?.message).toBe('تعذّر التحميل')
    expect(last().loading).toBe(false)
    await act(async () => root.unmount())
  })
})
