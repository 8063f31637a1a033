// Where a keystroke's time goes, for `AMUD_BENCH_TRACE=FILE npm run bench -- editor`: a Chrome
// trace (open FILE in DevTools' Performance panel or ui.perfetto.dev) and a V8 CPU profile of
// an extra typing run on the largest article, summarized as the renderer main thread's time by
// trace event, the layouts JavaScript forced, and the JavaScript functions that took the time;
// and, for the layouts over a millisecond, what invalidated them and where they were rooted
// (how the page scroller's container query was found: docs/benchmarks.md, issue 11).
import { writeFileSync } from 'node:fs'
import type { CDPSession } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: {
    name?: string
    beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[]; dirtyObjects?: number; totalObjects?: number }
    endData?: { layoutRoots?: { nodeName?: string }[] }
    data?: { type?: string; reason?: string; nodeName?: string; stackTrace?: { functionName: string; url: string; lineNumber: number }[] }
  }
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  startTime?: number
  samples?: number[]
  timeDeltas?: number[]
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'blink.user_timing',
  'v8.execute',
  'toplevel'
]

/** A DevTools call that does not answer within a minute fails the run instead of hanging it. */
function within<T>(promise: Promise<T>, what: string, ms = 60_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`tracing: no answer for ${what} within ${ms / 1000} s`)), ms)))
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

export interface Traced {
  events: TraceEvent[]
  profile: CpuProfile
  moduleOf: (scriptId: string, line: number) => string
}

export async function startTracing(cdp: CDPSession): Promise<() => Promise<Traced>> {
  const events: TraceEvent[] = []
  const onData = (e: { value: object[] }): void => void events.push(...(e.value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', onData)
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = (await within(cdp.send('Profiler.stop'), 'Profiler.stop')) as unknown as { profile: CpuProfile }
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()))
    await within(cdp.send('Tracing.end'), 'Tracing.end')
    await within(complete, 'the end of the trace')
    cdp.off('Tracing.dataCollected', onData)
    return { events, profile, moduleOf: await within(moduleNamer(cdp, profile), 'the page scripts') }
  }
}

const short = (url: string): string => url.replace(/^.*\//, '').replace(/\?.*$/, '')

type TaskKind = 'keystroke' | 'frame' | 'timer' | 'other'
const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'textInput', 'beforeinput', 'input'])
/** Blink phases worth naming inside a task. */
const PHASES = ['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'V8.GC_MC_INCREMENTAL']

interface Task {
  start: number
  end: number
  kind: TaskKind
}

/**
 * Names the source module of a line in the renderer bundle: the bundler leaves a `// path`
 * comment before each module. Read from the page (Debugger.getScriptSource), since the file on
 * disk may have been rebuilt since the page loaded it.
 */
async function moduleNamer(cdp: CDPSession, profile: CpuProfile): Promise<(scriptId: string, line: number) => string> {
  const marks = new Map<string, { line: number; name: string }[]>()
  const scripts = new Set(profile.nodes.filter((n) => n.callFrame.url.endsWith('.js')).map((n) => n.callFrame.scriptId))
  await cdp.send('Debugger.enable')
  for (const scriptId of scripts) {
    const found: { line: number; name: string }[] = []
    try {
      const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId })
      scriptSource.split('\n').forEach((text, i) => {
        const m = /^\/\/ ((?:node_modules|src)\/\S+)/.exec(text)
        if (m) found.push({ line: i, name: m[1]!.replace(/^node_modules\//, '').replace(/\/dist\/.*$/, '') })
      })
    } catch {
      // A script gone with its page: no module names for it.
    }
    marks.set(scriptId, found)
  }
  await cdp.send('Debugger.disable')
  return (scriptId, line) => {
    let name = ''
    for (const m of marks.get(scriptId) ?? []) {
      if (m.line > line) break
      name = m.name
    }
    return name
  }
}

/** Writes the trace and returns summary lines: main-thread time per key by kind of task, and what ran in each. */
export function summarizeTrace({ events, profile, moduleOf }: Traced, file: string, keys: number): string[] {
  writeFileSync(file, JSON.stringify({ traceEvents: events }))
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) return ['no renderer main thread in the trace']
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)

  // Top-level tasks, each with the events inside it.
  const tasks: Task[] = []
  const phases = new Map<TaskKind, Map<string, number>>()
  let current: { task: Task; inner: TraceEvent[] } | null = null
  const close = (): void => {
    if (!current) return
    const { task, inner } = current
    const has = (f: (e: TraceEvent) => boolean): boolean => inner.some(f)
    task.kind = has((e) => e.name === 'EventDispatch' && KEY_EVENTS.has(e.args?.data?.type ?? ''))
      ? 'keystroke'
      : has((e) => e.name === 'FireAnimationFrame' || e.name === 'Paint' || e.name === 'Commit')
        ? 'frame'
        : has((e) => e.name === 'TimerFire')
          ? 'timer'
          : 'other'
    const byPhase = phases.get(task.kind) ?? new Map<string, number>()
    byPhase.set('(task)', (byPhase.get('(task)') ?? 0) + task.end - task.start)
    for (const e of inner) if (PHASES.includes(e.name)) byPhase.set(e.name, (byPhase.get(e.name) ?? 0) + e.dur!)
    phases.set(task.kind, byPhase)
    tasks.push(task)
    current = null
  }
  for (const e of onMain) {
    if (current && e.ts < current.task.end) {
      current.inner.push(e)
      continue
    }
    close()
    current = { task: { start: e.ts, end: e.ts + e.dur!, kind: 'other' }, inner: [e] }
  }
  close()

  const per = (us: number): string => `${(us / 1000 / keys).toFixed(2)} ms/key`
  const lines = [`trace written to ${file} (${events.length} events); renderer main thread, per key typed (${keys}):`]
  const kinds: TaskKind[] = ['keystroke', 'frame', 'timer', 'other']
  const js = profileByKind(tasks, profile, moduleOf)
  for (const kind of kinds) {
    const byPhase = phases.get(kind)
    if (!byPhase) continue
    const blink = PHASES.filter((p) => byPhase.has(p)).map((p) => `${p} ${per(byPhase.get(p)!).replace(' ms/key', '')}`)
    lines.push(`${kind} tasks: ${per(byPhase.get('(task)') ?? 0)}${blink.length ? ` (${blink.join(', ')})` : ''}`)
    const fns = js.get(kind)
    if (fns) for (const [name, us] of fns) lines.push(`  ${per(us).padStart(14)}  ${name}`)
  }
  return [...lines, ...bigLayouts(onMain, events, main, keys)]
}

/** Layouts over a millisecond: how many, their dirty and total objects, their root, and what invalidated them. */
function bigLayouts(onMain: TraceEvent[], events: TraceEvent[], main: TraceEvent, keys: number): string[] {
  const invalidations = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'LayoutInvalidationTracking').sort((a, b) => a.ts - b.ts)
  const layouts = onMain.filter((e) => e.name === 'Layout')
  const causes = new Map<string, number>()
  let big = 0
  let dur = 0
  let dirty = 0
  let total = 0
  const roots = new Map<string, number>()
  let i = 0
  let since = 0
  for (const l of layouts) {
    const before: string[] = []
    for (; i < invalidations.length && invalidations[i]!.ts <= l.ts; i++) {
      if (invalidations[i]!.ts < since) continue
      const d = invalidations[i]!.args?.data
      const frame = d?.stackTrace?.[0]
      before.push(
        `${d?.reason ?? '?'} on ${d?.nodeName ?? '?'}${frame ? ` from ${frame.functionName || '(anonymous)'} ${short(frame.url)}:${frame.lineNumber + 1}` : ''}`
      )
    }
    since = l.ts + (l.dur ?? 0)
    if ((l.dur ?? 0) < 1000) continue
    big++
    dur += l.dur!
    dirty += l.args?.beginData?.dirtyObjects ?? 0
    total += l.args?.beginData?.totalObjects ?? 0
    const root = l.args?.endData?.layoutRoots?.[0]?.nodeName ?? '?'
    roots.set(root, (roots.get(root) ?? 0) + 1)
    for (const c of new Set(before)) causes.set(c, (causes.get(c) ?? 0) + 1)
  }
  if (big === 0) return ['layouts over 1 ms: none']
  const top = [...causes].sort((a, b) => b[1] - a[1]).slice(0, 6)
  return [
    `layouts over 1 ms: ${big} (${(dur / 1000 / keys).toFixed(2)} ms/key), on average ${(dirty / big).toFixed(0)} dirty of ${(total / big).toFixed(0)} objects, rooted at ${[...roots].map(([r, n]) => `${r} ×${n}`).join(', ')}; invalidated by:`,
    ...top.map(([c, n]) => `  ${String(n).padStart(5)}×  ${c}`)
  ]
}

/** JavaScript time by kind of task: for each, the functions with the most time (callees included). */
function profileByKind(tasks: Task[], profile: CpuProfile, moduleOf: (scriptId: string, line: number) => string): Map<TaskKind, [string, number][]> {
  const out = new Map<TaskKind, [string, number][]>()
  if (!profile.samples || !profile.timeDeltas || profile.startTime === undefined) return out
  const parent = new Map<number, number>()
  const byId = new Map<number, ProfileNode>()
  for (const n of profile.nodes) {
    byId.set(n.id, n)
    for (const c of n.children ?? []) parent.set(c, n.id)
  }
  const label = (n: ProfileNode): string => {
    const f = n.callFrame
    if (!f.url) return f.functionName || '(anonymous)'
    const where = moduleOf(f.scriptId, f.lineNumber) || `${short(f.url)}:${f.lineNumber + 1}`
    return `${f.functionName || '(anonymous)'} [${where}]`
  }
  const totals = new Map<TaskKind, Map<string, number>>()
  const modules = new Map<TaskKind, Map<string, number>>()
  let t = profile.startTime
  let ti = 0
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas![i] ?? 0
    const dt = profile.timeDeltas![i + 1] ?? 0
    while (ti < tasks.length && tasks[ti]!.end < t) ti++
    const task = tasks[ti]
    const kind: TaskKind = task && task.start <= t ? task.kind : 'other'
    const total = totals.get(kind) ?? new Map<string, number>()
    totals.set(kind, total)
    const own = byId.get(id)?.callFrame
    if (own) {
      const mod = own.url
        ? moduleOf(own.scriptId, own.lineNumber) || short(own.url)
        : own.functionName === '(program)'
          ? '(native: Blink, V8)'
          : own.functionName
      const byModule = modules.get(kind) ?? new Map<string, number>()
      modules.set(kind, byModule)
      if (mod !== '(idle)' && mod !== '(root)') byModule.set(mod, (byModule.get(mod) ?? 0) + dt)
    }
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)!
      if (/^\((root|program|idle)\)$/.test(node.callFrame.functionName)) continue
      const l = label(node)
      if (seen.has(l)) continue
      seen.add(l)
      total.set(l, (total.get(l) ?? 0) + dt)
    }
  })
  for (const [kind, total] of totals) {
    const top = [...total]
      .filter(([name]) => !/^\(anonymous\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
    const byModule = [...(modules.get(kind) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 6)
    out.set(kind, [...byModule.map(([m, us]): [string, number] => [`self time in ${m}`, us]), ...top])
  }
  return out
}
