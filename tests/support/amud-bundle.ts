// The `amud` command bundled once by esbuild, for tests that start it as a process again and
// again (the desk server killed 100 times, clients killed mid-sync). bin/amud.mjs compiles the
// TypeScript through tsx at every start: about 1.5 s here, most of a kill round; the bundle
// starts in about 0.4 s and runs the same source (esbuild is tsx's own compiler). Packages stay
// external and resolve from the worktree's node_modules, where the bundle is written.
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const root = resolve(__dirname, '../..')

/** Builds the bundle; returns its path (run it with `node PATH desk …`) and how to remove it. */
export async function bundleAmud(): Promise<{ path: string; remove(): void }> {
  const dir = join(root, 'node_modules', '.cache', `amud-test-${process.pid}-${Date.now()}`)
  const path = join(dir, 'amud.cjs')
  await build({
    stdin: {
      contents: `import { runCli } from './src/node/cli/main'\nrunCli(process.argv.slice(2)).then((code) => { process.exitCode = code })`,
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: path,
    logLevel: 'error'
  })
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
