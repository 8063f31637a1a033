// Loads data for a view and reloads it when `key` changes; a stale answer (the key moved
// on while it was loading) is dropped instead of overwriting the newer one.
import { useEffect, useRef, useState } from 'react'

export interface AsyncState<T> {
  data: T | undefined
  error: Error | null
  loading: boolean
}

export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const loadRef = useRef(load)
  loadRef.current = load
  const [state, setState] = useState<AsyncState<T>>({ data: undefined, error: null, loading: true })
  useEffect(() => {
    let live = true
    setState((s) => ({ ...s, loading: true }))
    loadRef.current().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState((s) => ({ data: s.data, error: error instanceof Error ? error : new Error(String(error)), loading: false }))
    )
    return () => {
      live = false
    }
  }, [key])
  return state
}

/** The value of `value` once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return settled
}
