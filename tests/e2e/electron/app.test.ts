// The desktop app through playwright-core's Electron driver: the same basic scenario as the
// browser host. Electron cannot be downloaded on every machine; where its binary is missing the
// test says so and skips instead of failing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PageGlobals } from '../support/page-globals'

const ROOT = resolve(__dirname, '../../..')
// A computed specifier keeps TypeScript from asking for the script's types.
const finder = pathToFileURL(join(ROOT, 'scripts', 'electron-binary.mjs')).href
const { electronBinary } = (await import(finder)) as { electronBinary: () => string | null }
const binary = electronBinary()
const nativeBuild = join(ROOT, 'build', 'electron-native', 'better_sqlite3.node')

const skipReason = !binary
  ? 'skipped: the Electron binary is not installed on this machine'
  : !existsSync(nativeBuild)
    ? 'skipped: better-sqlite3 is not built for Electron here (run `node scripts/build-electron-native.mjs`)'
    : null
if (skipReason) console.log(`tests/e2e/electron/app.test.ts ${skipReason}`)

describe.skipIf(skipReason !== null)('desktop app', () => {
  let dir: string
  let app: ElectronApplication
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'amud-electron-'))
    app = await _electron.launch({
      executablePath: binary as string,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      cwd: ROOT,
      env: { ...process.env, AMUD_LIBRARY: join(dir, 'library.sqlite'), AMUD_USER_DATA_DIR: join(dir, 'user-data') }
    })
    page = await app.firstWindow()
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`))
    await page.waitForLoadState('load')
  })
  afterAll(async () => {
    await app?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('opens its window on the renderer with no errors', async () => {
    await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.getElementById('root')?.childElementCount ?? 0) > 0)
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).amud.host)).toBe('electron')
    expect(errors).toEqual([])
  })

  it('creates an article through the preload that listArticles returns', async () => {
    const { id, ids } = await page.evaluate(async () => {
      const { amud } = globalThis as unknown as PageGlobals
      const created = await amud.createArticle({ title: 'عمود الاختبار' })
      const page = await amud.listArticles()
      return { id: created.id, ids: page.items.map((a) => a.id) }
    })
    expect(ids).toContain(id)
  })

  it('turns contract violations into AmudErrors', async () => {
    const code = await page.evaluate(async () => {
      const { amud } = globalThis as unknown as PageGlobals
      try {
        await amud.getArticle(42 as unknown as string)
        return 'no error'
      } catch (err) {
        return (err as { code?: string }).code
      }
    })
    expect(code).toBe('invalid')
  })
})
