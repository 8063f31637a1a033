// What the editor benchmark runs inside the page. Plain JavaScript in strings, not functions
// handed to page.evaluate: tsx (which runs the bench) decorates functions with helpers the page
// does not have.
//
// The probe times every keystroke from its keydown (the event's own timeStamp, so time the
// key spent queued behind other work counts) to:
//   - the end of Lexical's commit for it: DOM reconciled and every update listener run (the
//     probe's listener is registered last), and
//   - the next frame painted: a requestAnimationFrame after the commit, then a message posted
//     from it, which is delivered once that frame's style, layout and paint are done.
// It also wraps the update listeners registered before it (the app's plugins and Lexical's
// own) and requestAnimationFrame, to say how long each takes per keystroke, and counts the
// host calls (fetch) and localStorage writes autosave makes.

/** Key of the localStorage item that tells READY_SCRIPT what a loaded article looks like. */
export const EXPECT_KEY = 'amud-bench.expect'

export interface ReadySpec {
  blocks: number
  tail: string
}

export interface ReadyTimes {
  /** ms from navigation start: the editor is contenteditable and holds the article's last paragraph. */
  ready: number
  /** ms from navigation start: the frame after that is painted. */
  painted: number | null
  responseEnd: number
  domContentLoaded: number
}

/**
 * An init script (runs before the page's own scripts on every navigation): when EXPECT_KEY is
 * set, watches the DOM for the editor becoming editable with the article rendered.
 */
export const READY_SCRIPT = `(() => {
  let spec = null
  try { spec = JSON.parse(localStorage.getItem(${JSON.stringify(EXPECT_KEY)}) || 'null') } catch (e) { spec = null }
  if (!spec) return
  const check = () => {
    const root = document.querySelector('[data-lexical-editor="true"]')
    if (!root || root.getAttribute('contenteditable') !== 'true') return false
    if (root.childElementCount < spec.blocks) return false
    const last = root.lastElementChild
    return !!last && (last.textContent || '').includes(spec.tail)
  }
  const done = () => {
    const nav = performance.getEntriesByType('navigation')[0]
    const out = { ready: performance.now(), painted: null, responseEnd: nav ? nav.responseEnd : NaN, domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN }
    window.__amudBenchReady = out
    requestAnimationFrame(() => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => { out.painted = performance.now() }
      ch.port2.postMessage(null)
    })
  }
  const observer = new MutationObserver(() => {
    if (check()) { observer.disconnect(); done() }
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] })
})()`

export interface KeySample {
  key: string
  /** keydown's event.timeStamp: when the input event was created. */
  ts: number
  /** When the keydown reached the page's first (capturing) listener. */
  seen: number
  /** Content commits (updates with dirty nodes) the key caused. */
  commits: number
  /** When the first update listener of the first content commit ran: DOM reconciled. */
  reconciled: number | null
  /** When the probe's (last) update listener ran for the last content commit. */
  update: number | null
  /** The frame time requestAnimationFrame reported for the frame after the commit. */
  frameStart: number | null
  /** When the probe's requestAnimationFrame callback ran (after the app's). */
  raf: number | null
  painted: number | null
  /** Time in each wrapped update listener, by listener index. */
  listeners: number[]
  /** Time in the app's requestAnimationFrame callbacks between the key and its paint. */
  rafWork: number
  /** Commits that arrived after the key's frame was painted. */
  late: number
}

export interface ProbeReport {
  samples: KeySample[]
  listenerLabels: string[]
  rafLabels: Record<string, number>
  longTasks: { start: number; duration: number }[]
  /** Host calls by API method, and localStorage writes: count, characters sent, ms (writes only). */
  io: Record<string, { calls: number; bytes: number; ms?: number }>
}

/** Installs the probe on the page's editor; returns how many update listeners it wrapped. */
export const PROBE_SCRIPT = `(() => {
  if (window.__amudBench) return window.__amudBench.labels.length
  const root = document.querySelector('[data-lexical-editor="true"]')
  const editor = root && root.__lexicalEditor
  if (!editor) throw new Error('no Lexical editor (element.__lexicalEditor) on the page')
  const now = () => performance.now()
  const rawRaf = window.requestAnimationFrame.bind(window)
  const B = { recording: false, current: null, samples: [], labels: [], rafLabels: {}, longTasks: [], waiters: [], io: {} }
  window.__amudBench = B
  const label = (fn) => String(fn).replace(/\\s+/g, ' ').slice(0, 110)
  const isContent = (p) => p && (p.dirtyElements.size > 0 || p.dirtyLeaves.size > 0)

  window.addEventListener('keydown', (e) => {
    if (!B.recording) return
    B.current = { key: e.key, ts: e.timeStamp, seen: now(), commits: 0, reconciled: null, update: null, frameStart: null, raf: null, painted: null, listeners: B.labels.map(() => 0), rafWork: 0, late: 0 }
    B.samples.push(B.current)
  }, true)

  // Wrap the update listeners already registered (the plugins', Lexical's), keeping their order.
  const map = editor._listeners.update
  const entries = Array.from(map)
  map.clear()
  entries.forEach(([fn, unregister], i) => {
    B.labels.push(label(fn))
    const wrapped = function (...args) {
      const s = B.recording ? B.current : null
      const t = now()
      if (s && s.reconciled === null && s.painted === null && isContent(args[0])) s.reconciled = t
      try { return fn.apply(this, args) } finally { if (s) s.listeners[i] += now() - t }
    }
    map.set(wrapped, unregister)
  })

  // The app's animation-frame callbacks (the status bar's word count runs in one).
  window.requestAnimationFrame = (cb) => rawRaf((frameTime) => {
    const s = B.recording ? B.current : null
    const t = now()
    try { cb(frameTime) } finally {
      const d = now() - t
      if (s && s.painted === null) s.rafWork += d
      if (B.recording) { const l = label(cb); B.rafLabels[l] = (B.rafLabels[l] || 0) + d }
    }
  })

  const settle = () => {
    const waiting = B.waiters
    B.waiters = []
    for (const w of waiting) if (!w()) B.waiters.push(w)
  }
  editor.registerUpdateListener((payload) => {
    const s = B.recording ? B.current : null
    if (!s || !isContent(payload)) return
    if (s.painted !== null) { s.late++; return }
    s.commits++
    s.update = now()
    const commit = s.commits
    rawRaf((frameTime) => {
      if (s.commits !== commit || s.painted !== null) return
      s.frameStart = frameTime
      s.raf = now()
      const ch = new MessageChannel()
      ch.port1.onmessage = () => { s.painted = now(); settle() }
      ch.port2.postMessage(null)
    })
  })

  // Autosave's traffic: calls to the host (by method) and localStorage writes (the unsaved-words
  // stash), with their sizes and the time spent in the calls' synchronous part.
  const rawFetch = window.fetch.bind(window)
  window.fetch = (input, init) => {
    if (B.recording) {
      const method = String(typeof input === 'string' ? input : input.url).split('/api/').pop()
      const io = B.io[method] || (B.io[method] = { calls: 0, bytes: 0 })
      io.calls++
      io.bytes += init && typeof init.body === 'string' ? init.body.length : 0
    }
    return rawFetch(input, init)
  }
  const rawSetItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key, value) {
    if (!B.recording) return rawSetItem.call(this, key, value)
    const t = now()
    try { return rawSetItem.call(this, key, value) } finally {
      const io = B.io['localStorage.setItem'] || (B.io['localStorage.setItem'] = { calls: 0, bytes: 0, ms: 0 })
      io.calls++
      io.bytes += String(value).length
      io.ms += now() - t
    }
  }

  try {
    new PerformanceObserver((list) => {
      if (!B.recording) return
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: false })
  } catch (e) { /* no Long Tasks API: none reported */ }

  B.start = () => { B.samples = []; B.longTasks = []; B.rafLabels = {}; B.io = {}; B.current = null; B.recording = true }
  B.stop = () => {
    B.recording = false
    return { samples: B.samples, listenerLabels: B.labels, rafLabels: B.rafLabels, longTasks: B.longTasks, io: B.io }
  }
  // Resolves true once the n-th recorded key's frame is painted, false after timeoutMs.
  B.waitPainted = (n, timeoutMs) => new Promise((resolve) => {
    const ok = () => { const s = B.samples[n - 1]; if (s && s.painted !== null) { resolve(true); return true } return false }
    if (ok()) return
    B.waiters.push(ok)
    setTimeout(() => { B.waiters = B.waiters.filter((w) => w !== ok); resolve(false) }, timeoutMs)
  })
  return B.labels.length
})()`

/** The editable element of a Lexical page: the app's, or the bench's bare Lexical page. */
export const EDITOR_ROOT = '[data-lexical-editor="true"]'

/**
 * Puts the caret at the end of the last block ('end'), or on a word boundary near the middle of
 * the middle block ('middle'), the way a click would: a DOM selection Lexical then adopts.
 */
export function caretScript(position: 'end' | 'middle', rootSelector: string = EDITOR_ROOT): string {
  return `(() => {
  const root = document.querySelector(${JSON.stringify(rootSelector)})
  const blocks = root.children
  const index = ${position === 'end' ? 'blocks.length - 1' : 'Math.floor(blocks.length / 2)'}
  const block = blocks[index]
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  const texts = []
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n)
  if (texts.length === 0) throw new Error('block ' + index + ' has no text')
  let node = texts[texts.length - 1]
  let offset = node.data.length
  if (${position === 'middle'}) {
    node = texts[Math.floor(texts.length / 2)]
    const space = node.data.indexOf(' ', Math.floor(node.data.length / 2))
    offset = space >= 0 ? space : node.data.length
  }
  root.focus()
  block.scrollIntoView({ block: 'center' })
  window.getSelection().collapse(node, offset)
  return { index, blocks: blocks.length, before: block.textContent.length }
})()`
}

/** The text of block `index` (or the last block when index is -1), spaces normalized. */
export function blockTextScript(index: number, rootSelector: string = EDITOR_ROOT): string {
  return `(() => {
  const blocks = document.querySelector(${JSON.stringify(rootSelector)}).children
  const block = blocks[${index} < 0 ? blocks.length - 1 : ${index}]
  return (block ? block.textContent : '').replace(/\\u00a0/g, ' ')
})()`
}

export interface SerializationTimes {
  toJSON: number
  stringify: number
  stash: number
  chars: number
  bytes: number
}

/**
 * What one autosave costs the page before anything leaves it: the editor state as JSON
 * (AutosavePlugin's getDocument), stringified the way the session's stash and the host call do,
 * and written to localStorage as the stash does. Medians of `runs`.
 */
export function serializationScript(runs: number): string {
  return `(() => {
  const editor = document.querySelector('[data-lexical-editor="true"]').__lexicalEditor
  const med = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const toJSON = [], stringify = [], stash = []
  let text = ''
  for (let i = 0; i < ${runs}; i++) {
    const t0 = performance.now()
    const doc = editor.getEditorState().toJSON()
    const t1 = performance.now()
    text = JSON.stringify({ baseVersion: 1, changes: { document: doc }, at: new Date().toISOString() })
    const t2 = performance.now()
    localStorage.setItem('amud-bench.stash', text)
    const t3 = performance.now()
    localStorage.removeItem('amud-bench.stash')
    toJSON.push(t1 - t0); stringify.push(t2 - t1); stash.push(t3 - t2)
  }
  return { toJSON: med(toJSON), stringify: med(stringify), stash: med(stash), chars: text.length, bytes: new TextEncoder().encode(text).length }
})()`
}
