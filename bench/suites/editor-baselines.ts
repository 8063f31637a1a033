// The editor benchmark's baselines (issue 11): the same 36,000-word text in a bare Lexical
// editor (rich text and history, none of Amud's plugins, no React, no autosave) and in a plain
// contenteditable element, typed by the same loop as the writing room, so its keystroke figures
// read as a ratio to Lexical itself. The pages (bench/pages) are bundled with esbuild when the
// suite runs and served by this module's own HTTP server on 127.0.0.1 to a Chromium of their
// own, with the writing room's typography (font, size, column width, the blocks'
// content-visibility) taken from its style sheets so text layout costs the same.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { CDPSession, Page } from 'playwright-core'
import { launchBrowser, type LaunchedBrowser } from '../../tests/e2e/support/browser'
import { ROOT } from '../../tests/e2e/support/host'
import { PROBE_SCRIPT } from './editor-probe'
import { waitInPage } from './editor-typing'

export const BASELINES = ['lexical', 'contenteditable'] as const
export type BaselineKind = (typeof BASELINES)[number]

export const BASELINE_NAMES: Record<BaselineKind, string> = {
  lexical: 'bare Lexical',
  contenteditable: 'contenteditable'
}

/** The editable element on both pages. */
export const BASELINE_ROOT = '#editor'

const RENDERER = join(ROOT, 'src', 'renderer', 'src')
const STYLES = join(RENDERER, 'styles')
/** The page and body rules live next to the editor that renders them. */
const EDITOR_CSS = join(RENDERER, 'editor', 'ArticleEditor.css')
const FONT_DIR = join(ROOT, 'node_modules', '@fontsource', 'noto-naskh-arabic')

/** The writing room's rules for these selectors, exactly as its style sheet has them. */
function appRules(): string {
  const css = readFileSync(EDITOR_CSS, 'utf8')
  const rules = ['.page-scroll', '.page', '.editor-input', '.editor-input > *', '.ed-p'].map((selector) => {
    const escaped = selector.replace(/[.*+?^${}()|[\]\\>]/g, '\\$&')
    const found = new RegExp(`(?:^|\\n)${escaped} \\{[^}]*\\}`).exec(css)
    if (!found) throw new Error(`ArticleEditor.css has no rule for ${selector}: the baselines' typography must follow the writing room's`)
    return found[0].trim()
  })
  const base = readFileSync(join(STYLES, 'base.css'), 'utf8')
  const vars = ['--font-text', '--ink', '--accent', '--surface', '--line', '--shadow'].map((name) => {
    const found = new RegExp(`${name}: [^;]+;`).exec(base)
    if (!found) throw new Error(`base.css does not define ${name}`)
    return found[0]
  })
  return `:root { ${vars.join(' ')} }\nhtml, body { margin: 0; height: 100%; }\nbody { display: flex; flex-direction: column; }\n${rules.join('\n')}`
}

function html(kind: BaselineKind, css: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${BASELINE_NAMES[kind]}</title>
<link rel="stylesheet" href="/fonts/400.css">
<link rel="stylesheet" href="/fonts/700.css">
<style>${css}</style>
</head>
<body>
<div class="page-scroll"><div class="page"><div id="editor" class="editor-input" spellcheck="false"></div></div></div>
<script src="/${kind}.js"></script>
</body>
</html>`
}

async function bundle(kind: BaselineKind): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'bench', 'pages', `${kind}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    // Lexical's production build, as vite gives the app.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  })
  const file = out.outputFiles[0]
  if (!file) throw new Error(`esbuild produced nothing for bench/pages/${kind}.ts`)
  return file.text
}

/**
 * Like the writing room's probe, for a page without Lexical: a key's "commit" is its `input`
 * event (the DOM already changed), its painted frame the one after that event.
 */
export const CE_PROBE_SCRIPT = `(() => {
  if (window.__amudBench) return 0
  const root = document.querySelector(${JSON.stringify(BASELINE_ROOT)})
  const now = () => performance.now()
  const B = { recording: false, current: null, samples: [], waiters: [], longTasks: [] }
  window.__amudBench = B
  window.addEventListener('keydown', (e) => {
    if (!B.recording) return
    B.current = { key: e.key, ts: e.timeStamp, seen: now(), commits: 0, reconciled: null, update: null, frameStart: null, raf: null, painted: null, listeners: [], rafWork: 0, late: 0 }
    B.samples.push(B.current)
  }, true)
  const settle = () => {
    const waiting = B.waiters
    B.waiters = []
    for (const w of waiting) if (!w()) B.waiters.push(w)
  }
  root.addEventListener('input', () => {
    const s = B.recording ? B.current : null
    if (!s) return
    if (s.painted !== null) { s.late++; return }
    s.commits++
    s.update = now()
    if (s.reconciled === null) s.reconciled = s.update
    const commit = s.commits
    requestAnimationFrame((frameTime) => {
      if (s.commits !== commit || s.painted !== null) return
      s.frameStart = frameTime
      s.raf = now()
      const ch = new MessageChannel()
      ch.port1.onmessage = () => { s.painted = now(); settle() }
      ch.port2.postMessage(null)
    })
  })
  try {
    new PerformanceObserver((list) => {
      if (!B.recording) return
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: false })
  } catch (e) { /* no Long Tasks API: none reported */ }
  B.start = () => { B.samples = []; B.longTasks = []; B.current = null; B.recording = true }
  B.stop = () => {
    B.recording = false
    return { samples: B.samples, listenerLabels: [], rafLabels: {}, longTasks: B.longTasks, io: {} }
  }
  B.waitPainted = (n, timeoutMs) => new Promise((resolve) => {
    const ok = () => { const s = B.samples[n - 1]; if (s && s.painted !== null) { resolve(true); return true } return false }
    if (ok()) return
    B.waiters.push(ok)
    setTimeout(() => { B.waiters = B.waiters.filter((w) => w !== ok); resolve(false) }, timeoutMs)
  })
  return 0
})()`

export interface BaselinePages {
  page: Page
  cdp: CDPSession
  /** Loads `kind`'s page with the article, waits until it is editable and its fonts loaded, installs the probe. */
  open(kind: BaselineKind): Promise<void>
  close(): Promise<void>
}

/** Bundles the pages, serves them with `paragraphs` as the article, and opens a Chromium for them. */
export async function startBaselines(paragraphs: readonly string[], viewport: { width: number; height: number }): Promise<BaselinePages> {
  const css = appRules()
  const files = new Map<string, { type: string; body: string | Buffer }>()
  for (const kind of BASELINES) {
    files.set(`/${kind}.html`, { type: 'text/html; charset=utf-8', body: html(kind, css) })
    files.set(`/${kind}.js`, { type: 'text/javascript; charset=utf-8', body: await bundle(kind) })
  }
  files.set('/article.json', { type: 'application/json; charset=utf-8', body: JSON.stringify(paragraphs) })

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench').pathname
    const file = files.get(path)
    const font = /^\/fonts\/((?:400|700)\.css|files\/[\w.-]+\.woff2?)$/.exec(path)?.[1]
    if (file) {
      res.writeHead(200, { 'content-type': file.type })
      res.end(file.body)
    } else if (font) {
      res.writeHead(200, { 'content-type': font.endsWith('.css') ? 'text/css' : font.endsWith('.woff2') ? 'font/woff2' : 'font/woff' })
      res.end(readFileSync(join(FONT_DIR, font)))
    } else {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const stopServer = (): Promise<void> => new Promise((closed) => server.close(() => closed()))

  let browser: LaunchedBrowser
  try {
    browser = await launchBrowser()
  } catch (err) {
    await stopServer()
    throw err
  }
  const { page, context } = browser
  await page.setViewportSize(viewport)
  const cdp = await context.newCDPSession(page)
  return {
    page,
    cdp,
    async open(kind) {
      await page.goto(`${origin}/${kind}.html`, { waitUntil: 'load' })
      await waitInPage(page, `document.body.dataset.ready === 'true'`, 180_000)
      const blocks = (await page.evaluate(`document.querySelector(${JSON.stringify(BASELINE_ROOT)}).childElementCount`)) as number
      if (blocks !== paragraphs.length) throw new Error(`${BASELINE_NAMES[kind]}: ${blocks} blocks on the page for ${paragraphs.length} paragraphs`)
      await page.evaluate(kind === 'lexical' ? PROBE_SCRIPT : CE_PROBE_SCRIPT)
      if (browser.errors.length) throw new Error(`${BASELINE_NAMES[kind]}: ${browser.errors.join(' | ')}`)
    },
    async close() {
      await browser.close().catch(() => undefined)
      await stopServer()
    }
  }
}
