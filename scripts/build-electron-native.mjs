#!/usr/bin/env node
// Produces build/electron-native/better_sqlite3.node: better-sqlite3 built for Electron's ABI.
// The installed copy in node_modules stays built for Node (npm test uses it); this one is made
// in a temporary copy of the package, so neither build ever overwrites the other. It needs
// internet access (a prebuilt binary from GitHub, or Electron's headers to compile against).
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const outDir = join(root, 'build', 'electron-native')
const target = join(outDir, 'better_sqlite3.node')

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const packageDir = dirname(require.resolve('better-sqlite3/package.json'))
const sqliteVersion = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version

function run(label, args, cwd) {
  process.stderr.write(`build-electron-native: ${label}…\n`)
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], timeout: 600_000 })
  return result.status === 0
}

function nodeGyp() {
  // npm ships node-gyp; there is no copy in node_modules to rely on.
  const candidates = [join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')]
  try {
    candidates.unshift(require.resolve('node-gyp/bin/node-gyp.js'))
  } catch {
    // not installed locally; npm's copy is the fallback
  }
  return candidates.find((p) => existsSync(p)) ?? null
}

const work = mkdtempSync(join(tmpdir(), 'amud-electron-native-'))
const copy = join(work, 'better-sqlite3')
let ok = false
try {
  // The copy leaves out the Node build, so a failed attempt can never be mistaken for success.
  cpSync(packageDir, copy, { recursive: true, filter: (src) => relative(packageDir, src).split(sep)[0] !== 'build' })
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node')
  const prebuild = require.resolve('prebuild-install/bin.js')
  ok =
    run(
      `downloading better-sqlite3 ${sqliteVersion} prebuilt for Electron ${electronVersion}`,
      [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform],
      copy
    ) && existsSync(built)
  const gyp = ok ? null : nodeGyp()
  if (!ok && gyp) {
    ok =
      run(
        `compiling better-sqlite3 against Electron ${electronVersion}'s headers`,
        [
          gyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${process.arch}`,
          '--dist-url=https://electronjs.org/headers'
        ],
        copy
      ) && existsSync(built)
  }
  if (ok) {
    mkdirSync(outDir, { recursive: true })
    copyFileSync(built, target)
    writeFileSync(join(outDir, 'build-info.json'), JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion }, null, 2))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (!ok) {
  process.stderr.write(
    [
      '',
      `build-electron-native: FAILED: could not get better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}.`,
      "Neither a prebuilt binary could be downloaded nor the module compiled (that needs Electron's headers from",
      'electronjs.org, Python and a C++ compiler). This machine is probably offline.',
      'The desktop app needs this file; `npm test` and `npm run serve` do not. Run this script again with internet access.',
      ''
    ].join('\n')
  )
  process.exit(1)
}
process.stderr.write(`build-electron-native: wrote ${relative(root, target)}\n`)
