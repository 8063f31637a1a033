// The desktop app through playwright-core's Electron driver, on a temporary library. Where
// the Electron binary (or better-sqlite3's Electron build) is missing, `electronSkipReason`
// says so in plain words and the suites skip.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { ROOT } from './host'

// A computed specifier keeps TypeScript from asking for the script's types.
const finder = pathToFileURL(join(ROOT, 'scripts', 'electron-binary.mjs')).href
const { electronBinary } = (await import(finder)) as { electronBinary: () => string | null }
const binary = electronBinary()
const nativeBuild = join(ROOT, 'build', 'electron-native', 'better_sqlite3.node')

export const electronSkipReason: string | null = !binary
  ? 'skipped: the Electron binary is not installed on this machine'
  : !existsSync(nativeBuild)
    ? 'skipped: better-sqlite3 is not built for Electron here (run `npm run build:electron-native`)'
    : null

export interface LaunchedElectron {
  app: ElectronApplication
  page: Page
  /** Console errors and uncaught page errors, for tests that assert there are none. */
  errors: string[]
  libraryPath: string
  close(): Promise<void>
}

export async function launchElectron(): Promise<LaunchedElectron> {
  if (!binary) throw new Error(electronSkipReason ?? 'no Electron binary')
  const dir = mkdtempSync(join(tmpdir(), 'amud-electron-'))
  const libraryPath = join(dir, 'library.sqlite')
  const app = await _electron.launch({
    executablePath: binary,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
    cwd: ROOT,
    env: { ...process.env, AMUD_LIBRARY: libraryPath, AMUD_USER_DATA_DIR: join(dir, 'user-data') }
  })
  const page = await app.firstWindow()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`))
  await page.waitForLoadState('load')
  return {
    app,
    page,
    errors,
    libraryPath,
    async close() {
      await app.close().catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
