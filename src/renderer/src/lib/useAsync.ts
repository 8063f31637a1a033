// Loads data for a view and reloads it when `key` changes; a stale answer (the key moved
// on while it was loading) is dropped instead of overwriting the newer one.
import { useEffect, useEffectEvent, useMemo, useState } from 'react'

export interface AsyncState<T> {
  data: T | undefined
  error: Error | null
  loading: boolean
}

export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const run = useEffectEvent(load)
  // The answer remembers the key it answers: while it is not the current key, we are loading
  // (and keep showing the previous data and error until the new answer comes).
  const [answer, setAnswer] = useState<{ key: string | null; data: T | undefined; error: Error | null }>({ key: null, data: undefined, error: null })
  useEffect(() => {
    let live = true
    run().then(
      (data) => live && setAnswer({ key, data, error: null }),
      (error: unknown) => live && setAnswer((s) => ({ key, data: s.data, error: error instanceof Error ? error : new Error(String(error)) }))
    )
    return () => {
      live = false
    }
  }, [key])
  const loading = answer.key !== key
  return useMemo(() => ({ data: answer.data, error: answer.error, loading }), [answer, loading])
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
