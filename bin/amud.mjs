#!/usr/bin/env node
// The amud command runs the TypeScript sources directly, so `npx amud` works right after
// `npm ci`, with no build step. Importing 'tsx' registers its loaders for the whole process,
// as `node --import tsx` does, so modules the commands load on demand resolve too.
import { fileURLToPath } from 'node:url'

// Piped into head or less that closed early: stop quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
}

await import('tsx')
// The package is CommonJS, so the TypeScript module arrives as its exports object.
const cli = await import(fileURLToPath(new URL('../src/node/cli/main.ts', import.meta.url)))
const { runCli } = cli.runCli ? cli : cli.default
process.exitCode = await runCli(process.argv.slice(2))
