// The editor benchmark's typing loop and its summaries, shared by the writing room's runs
// (editor.ts) and the baselines' (editor-baselines.ts), so every page is typed and timed alike.
// Keys go through CDP Input.dispatchKeyEvent one at a time: each waits for its painted frame,
// then the next follows GAP_MS after the previous one was sent.
import { loadavg } from 'node:os'
import type { CDPSession, Page } from 'playwright-core'
import { percentile, type BenchContext } from '../harness'
import { blockTextScript, caretScript, type KeySample, type ProbeReport } from './editor-probe'

export const envInt = (name: string, fallback: number): number => {
  const v = Number(process.env[name])
  return Number.isInteger(v) && v >= 0 ? v : fallback
}

/** Time from one key sent to the next (if the first is painted by then). */
export const GAP_MS = envInt('AMUD_BENCH_KEY_GAP_MS', 100)

export interface RunResult {
  article: string
  position: string
  update: number[]
  frame: number[]
  samples: KeySample[]
  report: ProbeReport
  missing: number
  perKey: CpuPerKey
  load: string
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))
export const load1 = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
export const median = (xs: number[]): number => percentile(xs, 50)
export const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN)
export const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : String(n))

interface KeyEvent {
  type: 'keyDown' | 'keyUp'
  key: string
  text?: string
  unmodifiedText?: string
  code?: string
  windowsVirtualKeyCode?: number
  nativeVirtualKeyCode?: number
}

export function keyEvents(ch: string): KeyEvent[] {
  const key = ch === ' ' ? { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, nativeVirtualKeyCode: 32 } : { key: ch }
  return [
    { type: 'keyDown', text: ch, unmodifiedText: ch, ...key },
    { type: 'keyUp', ...key }
  ]
}

/** The renderer's counters (Performance.getMetrics): durations in seconds, sizes in bytes. */
export async function rendererMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]))
}

export async function jsHeap(cdp: CDPSession): Promise<{ heap: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage')
  const metrics = await rendererMetrics(cdp)
  return { heap: metrics.JSHeapUsedSize ?? NaN, nodes: metrics.Nodes ?? NaN }
}

/**
 * Waits until a JavaScript expression is true in the page. page.waitForFunction would eval the
 * string in the page, which the app's Content-Security-Policy forbids; this polls from within.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const ok = await page.evaluate(`new Promise((resolve) => {
    const until = performance.now() + ${timeoutMs}
    const tick = () => {
      if (${expression}) resolve(true)
      else if (performance.now() > until) resolve(false)
      else setTimeout(tick, 10)
    }
    tick()
  })`)
  if (!ok) throw new Error(`waited ${timeoutMs} ms for ${expression.slice(0, 200)}`)
}

/** Resolves once the page has been idle (nothing queued, not even idle callbacks) for a while. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const until = performance.now() + 20000
    let calm = 0
    const step = () => {
      if (performance.now() > until) return resolve(false)
      requestIdleCallback((deadline) => {
        calm = !deadline.didTimeout && deadline.timeRemaining() >= 45 ? calm + 1 : 0
        if (calm >= 5) resolve(true)
        else setTimeout(step, 50)
      }, { timeout: 1000 })
    }
    step()
  })`)
}

/** Main-thread time per key in ms: CPU (ThreadTime), and Blink's own script/layout/style accounting. */
export interface CpuPerKey {
  cpu: number
  script: number
  layout: number
  style: number
}

export async function typeRun(page: Page, cdp: CDPSession, text: string): Promise<{ report: ProbeReport; missing: number; perKey: CpuPerKey }> {
  const chars = Array.from(text)
  let missing = 0
  const before = await rendererMetrics(cdp)
  await page.evaluate('window.__amudBench.start()')
  for (const [i, ch] of chars.entries()) {
    const sent = Date.now()
    for (const event of keyEvents(ch)) await cdp.send('Input.dispatchKeyEvent', event)
    const painted = (await page.evaluate(`window.__amudBench.waitPainted(${i + 1}, 5000)`)) as boolean
    if (!painted) missing++
    const rest = GAP_MS - (Date.now() - sent)
    if (rest > 0) await sleep(rest)
  }
  const report = (await page.evaluate('window.__amudBench.stop()')) as ProbeReport
  const after = await rendererMetrics(cdp)
  if (report.samples.length !== chars.length) {
    throw new Error(`the page saw ${report.samples.length} keydowns for ${chars.length} keys sent`)
  }
  const per = (name: string): number => (((after[name] ?? NaN) - (before[name] ?? NaN)) * 1000) / chars.length
  return {
    report,
    missing,
    perKey: { cpu: per('ThreadTime'), script: per('ScriptDuration'), layout: per('LayoutDuration'), style: per('RecalcStyleDuration') }
  }
}

export function summarize(ctx: BenchContext, r: RunResult): void {
  const s = r.samples
  const done = s.filter((x) => x.painted !== null && x.update !== null && x.reconciled !== null)
  const part = (f: (x: KeySample) => number): string => `${ms(median(done.map(f)))}/${ms(percentile(done.map(f), 95))}`
  ctx.log(
    `${r.article} ${r.position}: ${s.length} keys (load ${r.load}); p50/p95 ms: queued ${part((x) => x.seen - x.ts)}, ` +
      `to reconciled ${part((x) => x.reconciled! - x.ts)}, update listeners ${part((x) => x.update! - x.reconciled!)}, ` +
      `commit → frame callbacks ${part((x) => x.raf! - x.update!)} (app rAF work ${part((x) => x.rafWork)}), style+layout+paint ${part((x) => x.painted! - x.raf!)}`
  )
  const listeners = r.report.listenerLabels
    .map((label, i) => ({
      label,
      mean: mean(done.map((x) => x.listeners[i] ?? 0)),
      p95: percentile(
        done.map((x) => x.listeners[i] ?? 0),
        95
      )
    }))
    .sort((a, b) => b.mean - a.mean)
    .slice(0, 3)
  for (const l of listeners) ctx.log(`   update listener ${ms(l.mean)} ms mean, ${ms(l.p95)} p95: ${l.label}`)
  const raf = Object.entries(r.report.rafLabels).sort((a, b) => b[1] - a[1])[0]
  if (raf) ctx.log(`   rAF callbacks: ${ms(raf[1] / Math.max(1, s.length))} ms per key: ${raf[0]}`)
  const overlapped = done.filter((x) => r.report.longTasks.some((t) => t.start < x.painted! && t.start + t.duration > x.ts)).length
  const longMs = r.report.longTasks.reduce((n, t) => n + t.duration, 0)
  const multi = s.filter((x) => x.commits > 1).length
  const late = s.reduce((n, x) => n + x.late, 0)
  const io = Object.entries(r.report.io ?? {})
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([what, x]) => `${what} ×${x.calls} (${(x.bytes / 1e6).toFixed(1)} M characters${x.ms !== undefined ? `, ${ms(x.ms)} ms` : ''})`)
  if (io.length) ctx.log(`   autosave traffic: ${io.join('; ')}`)
  ctx.log(
    `   long tasks (≥ 50 ms) during the run: ${r.report.longTasks.length}, ${ms(longMs)} ms in all` +
      (r.report.longTasks.length ? ` (longest ${ms(Math.max(...r.report.longTasks.map((t) => t.duration)))} ms)` : '') +
      `; keys overlapping one: ${overlapped}; keys with >1 commit: ${multi}; late commits: ${late}; keys never painted: ${r.missing}`
  )
}

export interface TypingSpec {
  /** The article's short name and the place typed, for the figures. */
  article: string
  position: 'end' | 'middle'
  name: string
  text: string
  /** Keys typed first and left out of the figures. */
  warmup: number
  /** CSS selector of the editable element (the probe scripts' default: a Lexical root). */
  root?: string
}

/** Types `spec.text` at its place once the page is idle; checks it landed in that block. */
export async function measureTyping(page: Page, cdp: CDPSession, spec: TypingSpec): Promise<RunResult> {
  await settle(page)
  const caret = (await page.evaluate(caretScript(spec.position, spec.root))) as { index: number }
  await sleep(300)
  const load = load1()
  const { report, missing, perKey } = await typeRun(page, cdp, spec.text)
  const block = (await page.evaluate(blockTextScript(spec.position === 'end' ? -1 : caret.index, spec.root))) as string
  if (!block.includes(spec.text.trim())) {
    throw new Error(`${spec.article} ${spec.name}: the typed text is not in block ${caret.index}; the block reads: …${block.slice(-300)}`)
  }
  const samples = report.samples.slice(spec.warmup)
  return {
    article: spec.article,
    position: spec.name,
    update: samples.filter((x) => x.update !== null).map((x) => x.update! - x.ts),
    frame: samples.filter((x) => x.painted !== null).map((x) => x.painted! - x.ts),
    samples,
    report,
    missing,
    perKey,
    load: `${load} → ${load1()}`
  }
}
