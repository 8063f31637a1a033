// npm start: builds and opens the desktop app. Where the Electron binary cannot be had (it is
// downloaded on first use, and some machines cannot reach its host), says so and what to do.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.mjs'

const nativeBuild = fileURLToPath(new URL('../build/electron-native/better_sqlite3.node', import.meta.url))

const dev = process.argv.includes('--dev')
if (!electronBinary()) {
  const fetch = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 120_000 })
  if (fetch.status !== 0 || !electronBinary()) {
    console.error(
      [
        'Amud cannot open its desktop window here: the Electron binary is not installed and could not be downloaded',
        "(this machine cannot reach Electron's download host).",
        'To use Amud on this machine, run `npm run serve` and open the address it prints in a browser.',
        'To get the desktop app, run `npm start` on a machine with internet access, or set ELECTRON_OVERRIDE_DIST_PATH',
        'to a folder holding an Electron 45 build.'
      ].join('\n')
    )
    process.exit(1)
  }
}
// Electron needs better-sqlite3 built for its own ABI; it is kept apart from the Node build that
// npm test uses, so the two commands work in either order.
if (!existsSync(nativeBuild)) {
  const built = spawnSync(process.execPath, [fileURLToPath(new URL('./build-electron-native.mjs', import.meta.url))], { stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const run = spawnSync('npx', ['electron-vite', dev ? 'dev' : 'preview'], { stdio: 'inherit' })
process.exit(run.status ?? 1)
