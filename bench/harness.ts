// Shared by every suite: timing, percentiles and a plain table. Each suite runs its own baseline
// in the same process, so ratios compare like with like on whatever machine runs it.
import { performance } from 'node:perf_hooks'

export interface Suite {
  name: string
  description: string
  run(ctx: BenchContext): Promise<void>
}

export interface BenchContext {
  log(line: string): void
  /** Adds a row to the suite's figures: a name, a value and its unit, and an optional note. */
  figure(name: string, value: number, unit: string, note?: string): void
}

export function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now()
  const result = fn()
  return { ms: performance.now() - t0, result }
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now()
  const result = await fn()
  return { ms: performance.now() - t0, result }
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx] as number
}

export function mb(bytes: number): number {
  return bytes / (1024 * 1024)
}

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n)
  return n >= 1000 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits)
}
